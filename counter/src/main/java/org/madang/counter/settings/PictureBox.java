package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * A picture beside a form: the one kept (or an empty frame), "Choose a picture…" and "Remove".
 * The file is checked by the service, not here: only its name leaves this box.
 */
final class PictureBox extends JPanel implements PictureView {
    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 240;
    private static final int HEIGHT = 160;

    private final transient Messages words;
    private final JLabel frame = new JLabel("", SwingConstants.CENTER);
    private final JButton choose;
    private final JButton remove;
    private final WrappingText answer;
    private transient PicturePresenter presenter;
    private transient Optional<String> owner = Optional.empty();

    PictureBox(Messages words, String prefix) {
        super(new MigLayout("insets 0, wrap 2", "[" + WIDTH + "!][grow, fill, 0::]"));
        this.words = words;
        frame.setName(prefix + "picture");
        frame.putClientProperty(FlatClientProperties.STYLE, "border: 1,1,1,1,@disabledForeground");
        choose = new JButton(words.get("counter.picture.choose"));
        choose.setName(prefix + "picture.choose");
        remove = new JButton(words.get("counter.picture.remove"));
        remove.setName(prefix + "picture.remove");
        answer = new WrappingText(prefix + "picture.answer", "hint");
        choose.addActionListener(e -> pick());
        remove.addActionListener(e -> owner.ifPresent(o -> presenter.remove(o)));
        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]"));
        buttons.add(choose);
        buttons.add(remove);
        buttons.add(answer, "growx, wmin 0");
        add(frame, "w " + WIDTH + "!, h " + HEIGHT + "!");
        add(buttons, "aligny top, wmin 0");
        showFor(Optional.empty());
    }

    void attach(PicturePresenter attached) {
        this.presenter = attached;
    }

    /** The picture of this owner (none: a new, unsaved one — a picture comes after the first save). */
    void showFor(Optional<String> chosen) {
        owner = chosen;
        choose.setEnabled(chosen.isPresent());
        remove.setEnabled(false);
        frame.setIcon(null);
        frame.setText(words.get(chosen.isPresent() ? "counter.picture.none" : "counter.picture.saveFirst"));
        say(words.get("counter.picture.rule"), "hint");
        if (chosen.isPresent() && presenter != null) {
            presenter.show(chosen.get());
        }
    }

    private void pick() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter(words.get("counter.picture.files"), "jpg", "jpeg", "png", "gif", "bmp"));
        if (owner.isPresent() && chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            say(words.get("counter.picture.reading"), "hint");
            presenter.choose(owner.get(), chooser.getSelectedFile().toPath());
        }
    }

    @Override
    public void showPicture(String forOwner, Optional<byte[]> image) {
        if (!owner.equals(Optional.of(forOwner))) {
            return;
        }
        Optional<BufferedImage> read = image.flatMap(PictureBox::read);
        remove.setEnabled(read.isPresent());
        if (read.isPresent()) {
            BufferedImage i = read.get();
            double scale = Math.min((double) WIDTH / i.getWidth(), (double) HEIGHT / i.getHeight());
            frame.setText("");
            frame.setIcon(new ImageIcon(i.getScaledInstance(Math.max(1, (int) (i.getWidth() * scale)), Math.max(1, (int) (i.getHeight() * scale)),
                    Image.SCALE_SMOOTH)));
        } else {
            frame.setIcon(null);
            frame.setText(words.get("counter.picture.none"));
        }
        say(words.get("counter.picture.rule"), "hint");
    }

    private void say(String text, String styleClass) {
        answer.say(text);
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
    }

    private static Optional<BufferedImage> read(byte[] bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void showPictureRefused(Refusal refusal) {
        say(words.get(refusal.messageKey(), refusal.args().toArray()), "refusal");
    }

    @Override
    public void showFailure() {
        say(words.get("counter.failure"), "refusal");
    }
}
