package org.madang.counter.shell;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JLabel;

/** The line of a workspace that says what the clerk's last act did: in green when it went through, in red when it did not. */
public final class ActLine extends JLabel {
    private static final long serialVersionUID = 1L;

    public ActLine() {
        super(" ");
    }

    public void say(String text, boolean problem) {
        setText(text);
        putClientProperty(FlatClientProperties.STYLE_CLASS, problem ? "refusal" : "good");
    }
}
