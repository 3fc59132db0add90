package org.madang.counter.settings;

import java.util.List;
import org.madang.core.policy.PolicySettings;

/** Settings → the policy figures (an administrator's). */
public interface PolicyView {

    void showSettings(List<PolicySettings.Setting> settings);

    /** What the edits would change, or per figure why they cannot be saved (nothing was saved). */
    void showPreview(PolicySettings.Preview preview);

    /** The edits were saved: every terminal takes them within seconds. */
    void showSaved(PolicySettings.Preview saved);

    void showFailure();
}
