package org.madang.counter.settings;

import java.nio.file.Path;
import java.util.Optional;
import org.madang.core.Edit;
import org.madang.core.Refusal;
import org.madang.core.catalogue.Pictures;
import org.madang.ui.Tasks;

/** A facility's picture or an instructor's photo: shown when one is chosen, taken from a file, taken away. */
public final class PicturePresenter {
    private final PictureView view;
    private final Pictures pictures;
    private final Tasks tasks;
    private final String admin;

    public PicturePresenter(PictureView view, Pictures pictures, Tasks tasks, String admin) {
        this.view = view;
        this.pictures = pictures;
        this.tasks = tasks;
        this.admin = admin;
    }

    /** Shows the owner's picture ({@code facility:3}, {@code instructor:5}). */
    public void show(String owner) {
        tasks.run(() -> pictures.of(owner).map(Pictures.Picture::bytes), image -> view.showPicture(owner, image), e -> view.showFailure());
    }

    /** Takes the file as the owner's picture (read, checked and re-encoded off the UI thread). */
    public void choose(String owner, Path file) {
        tasks.run(() -> pictures.save(owner, file, admin), outcome -> {
            if (outcome instanceof Edit.Saved<Pictures.Picture> saved) {
                view.showPicture(owner, Optional.of(saved.value().bytes()));
            } else if (outcome instanceof Edit.Invalid<Pictures.Picture> invalid) {
                view.showPictureRefused(invalid.fields().values().stream().findFirst().orElse(Refusal.of("counter.picture.notImage")));
            }
        }, e -> view.showFailure());
    }

    public void remove(String owner) {
        tasks.run(() -> pictures.remove(owner, admin), removed -> view.showPicture(owner, Optional.empty()), e -> view.showFailure());
    }
}
