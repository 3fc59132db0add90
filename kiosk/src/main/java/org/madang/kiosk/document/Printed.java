package org.madang.kiosk.document;

import java.util.Optional;
import org.madang.core.document.DocumentIssue;
import org.madang.core.document.DocumentType;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;

/**
 * How an issued document came out: the document printer's answer, and the fee receipt with
 * the receipt printer's answer (none on a free reprint).
 */
public record Printed(DocumentIssue issue, DocumentType type, PrintResult document, Optional<FeeReceipt> feeReceipt) {

    /** The fee receipt as composed and whether it came out. */
    public record FeeReceipt(Receipt receipt, PrintResult printed) {
    }

    /** Every copy came out. */
    public boolean complete() {
        return document.printed();
    }
}
