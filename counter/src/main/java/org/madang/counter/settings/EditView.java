package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;

/** A tab of the catalogue where an administrator keeps a list of things: the list, a save, the fields that will not do. */
public interface EditView<T> {

    void showAll(List<T> all);

    /** Saved: the thing as stored (terminals show it from their next screen). */
    void showSaved(T saved);

    /** Each field that will not do; nothing was saved. */
    void showInvalid(Map<String, Refusal> fields);

    void showFailure();
}
