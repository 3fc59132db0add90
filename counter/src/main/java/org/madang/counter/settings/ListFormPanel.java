package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * A catalogue tab: the list on the left, the chosen one's fields on the right, New and Save;
 * a field that will not do is outlined and named, and nothing is saved until all will. The
 * tabs differ only in their fields.
 *
 * @param <T> what is listed
 * @param <D> a draft of one, as the form sends it
 */
abstract class ListFormPanel<T, D> extends JPanel implements EditView<T> {
    private static final long serialVersionUID = 1L;

    protected final transient Messages words;
    protected final transient FormFields fields;
    /** Four columns: label, field, label, field. */
    protected final JPanel form = new org.madang.ui.widget.ViewportPanel(new MigLayout("insets 0 0 0 8, wrap 4",
            "[][grow, fill, 0::][][grow, fill, 0::]"), 16);
    private final JList<T> list = new JList<>();
    private final WrappingText answer;
    private final transient Function<T, String> shown;
    private final transient Function<T, Object> key;
    private final String prefix;
    private transient Optional<T> editing = Optional.empty();
    private transient EditPresenter<T, D> presenter;
    /** The list is being filled again: the one chosen is chosen again without refilling what is typed (or said). */
    private boolean refilling;

    /**
     * @param prefix the names of this tab's components start with it ({@code term.} → {@code term.list}, {@code term.save})
     * @param shown  how one is named in the list and in "saved"
     * @param key    what stays the same of one across saves (its id or code), to keep it chosen
     */
    ListFormPanel(Messages words, String name, String prefix, String titleKey, Function<T, String> shown, Function<T, Object> key) {
        super(new MigLayout("fill, insets 16", "[280!][grow, fill]", "[][grow, fill]"));
        this.words = words;
        this.prefix = prefix;
        this.shown = shown;
        this.key = key;
        this.fields = new FormFields(words, prefix);
        this.answer = new WrappingText(prefix + "answer", "body");
        setName(name);
        JLabel title = new JLabel(words.get(titleKey));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title, "span, wrap");
        list.setName(prefix + "list");
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(l, shown.apply((T) value), index, selected, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                if (refilling) {
                    editing = Optional.of(list.getSelectedValue());
                } else {
                    edit(list.getSelectedValue());
                }
            }
        });
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 1", "[grow, fill]", "[grow, fill][]"));
        left.add(new JScrollPane(list));
        if (newKey() != null) {
            JButton add = new JButton(words.get(newKey()));
            add.setName(prefix + "new");
            add.addActionListener(e -> startNew());
            left.add(add);
        }
        add(left, "grow");
        add(FormFields.scrolling(form), "grow, wmin 0");
    }

    /** The words of the New button; null where nothing new is made here. */
    protected String newKey() {
        return "counter.form.new";
    }

    /** Ends the form: Save, the answer and a hint; then a blank form. Called last by each tab's constructor. */
    protected final void finish(String hintKey) {
        JButton save = new JButton(words.get("counter.facility.save"));
        save.setName(prefix + "save");
        save.addActionListener(e -> {
            if (presenter != null) {
                Map<String, Refusal> typed = new LinkedHashMap<>();
                D draft = draft(typed, editing);
                if (typed.isEmpty()) {
                    presenter.save(draft);
                } else {
                    showInvalid(typed);
                }
            }
        });
        form.add(save, "skip 1, span 3, growx 0");
        form.add(answer, "span 4, growx, wmin 0");
        WrappingText hint = new WrappingText(prefix + "hint", "hint");
        hint.say(words.get(hintKey));
        form.add(hint, "span 4, growx, wmin 0");
        startNew();
    }

    /** Fills the fields with one to change. */
    protected abstract void fill(T item);

    /** Empties the fields for a new one. */
    protected abstract void blank();

    /** The fields as a draft; a number or date typed wrongly is put in {@code typed} (then the draft is not sent). */
    protected abstract D draft(Map<String, Refusal> typed, Optional<T> editing);

    public void attach(EditPresenter<T, D> attached) {
        this.presenter = attached;
    }

    @Override
    public void showAll(List<T> all) {
        Object chosen = editing.map(key).orElse(null);
        @SuppressWarnings("unchecked")
        T[] items = (T[]) all.toArray();
        refilling = true;
        try {
            list.setListData(items);
            for (int i = 0; i < all.size(); i++) {
                if (chosen != null && Objects.equals(key.apply(all.get(i)), chosen)) {
                    list.setSelectedIndex(i);
                }
            }
        } finally {
            refilling = false;
        }
    }

    @Override
    public void showSaved(T saved) {
        fields.clearOutlines();
        editing = Optional.of(saved);
        say(words.get("counter.form.saved", shown.apply(saved)), "good");
    }

    @Override
    public void showInvalid(Map<String, Refusal> invalid) {
        say(words.get("counter.facility.notSaved") + " " + fields.explain(invalid), "refusal");
    }

    @Override
    public void showFailure() {
        say(words.get("counter.failure"), "refusal");
    }

    protected final void say(String text, String styleClass) {
        answer.say(text);
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        // the answer under a long form is scrolled into sight
        javax.swing.SwingUtilities.invokeLater(() -> answer.scrollRectToVisible(new java.awt.Rectangle(0, 0, answer.getWidth(), answer.getHeight())));
    }

    /** Opens one for changing. */
    public void edit(T item) {
        fields.clearOutlines();
        editing = Optional.of(item);
        fill(item);
        answer.say(" ");
    }

    protected final void startNew() {
        fields.clearOutlines();
        list.clearSelection();
        editing = Optional.empty();
        blank();
        say(words.get("counter.form.newHint"), "body");
    }

    protected final Optional<T> editing() {
        return editing;
    }

    /** Types into a field by its name (screenshots, tests). */
    public void type(String field, String text) {
        fields.set(field, text);
    }

    /** Chooses the {@code index}th of the list (screenshots). */
    public void choose(int index) {
        list.setSelectedIndex(index);
    }
}
