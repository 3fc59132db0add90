package org.madang.core.document;

/** What the document is for (용도), printed on it. */
public enum Purpose {
    GENERAL, BANK, PUBLIC_OFFICE, SCHOOL, EMPLOYER, PERSONAL;

    /** The key of its words, in the document words and the UI's bundles. */
    public String wordKey() {
        return "purpose." + name();
    }
}
