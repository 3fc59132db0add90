package org.madang.core.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The words of one document, laid out by {@link DocumentPdf}: a title (Korean, with an English
 * line under it), then blocks in order. What a document says is fixed at issue; a reprint
 * lays out the same words.
 *
 * @param typeCode  the document type
 * @param title     the Korean title (주민등록표 등본)
 * @param subtitle  the English title under it
 * @param holder    the subject's name, masked (김*희), for the verification summary
 * @param blocks    what the document says, top to bottom
 */
public record DocumentContent(String typeCode, String title, String subtitle, String holder, List<Block> blocks) {
    public DocumentContent {
        blocks = List.copyOf(blocks);
    }

    /** One part of a document. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Fields.class, name = "fields"), @JsonSubTypes.Type(value = Table.class, name = "table"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph")})
    public interface Block {
    }

    /** Label and value pairs, one per line (성명: 김영희). */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /**
     * A table with a caption above it; {@code widths} are the columns' relative widths. An empty
     * table prints {@code empty} in one row.
     */
    public record Table(String caption, List<String> header, List<Integer> widths, List<List<String>> rows, String empty)
            implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("table '" + caption + "': every row needs " + columns + " cells");
            }
        }
    }

    /** Running text, wrapped to the page; {@code centred} for statements (위 사실을 증명합니다). */
    public record Paragraph(String text, boolean centred, boolean large) implements Block {
    }
}
