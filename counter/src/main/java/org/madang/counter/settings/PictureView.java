package org.madang.counter.settings;

import java.util.Optional;
import org.madang.core.Refusal;

/** Where a facility's picture or an instructor's photo is shown and chosen. */
public interface PictureView {

    /** The picture kept for the owner now shown (none: an empty frame). */
    void showPicture(String owner, Optional<byte[]> image);

    /** The file was not taken; the picture kept is unchanged. */
    void showPictureRefused(Refusal refusal);

    void showFailure();
}
