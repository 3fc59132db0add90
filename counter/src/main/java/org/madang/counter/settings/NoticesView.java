package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;
import org.madang.core.notice.NoticeDesk;

/** Settings → notices (an administrator's). */
public interface NoticesView {

    void showNotices(List<NoticeDesk.Entry> notices);

    void showSaved();

    /** Each field that will not do (or, keyed "", why the act was refused); nothing was saved. */
    void showInvalid(Map<String, Refusal> fields);

    void showFailure();
}
