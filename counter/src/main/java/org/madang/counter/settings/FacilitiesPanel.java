package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCatalogue;
import org.madang.core.facility.FacilityCategory;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * "시설": the centre's facilities on the left, the chosen one's fields on the right — names,
 * summary, place and house rules in Korean and English, capacity, fee, opening hours, slot length —
 * with a field that will not do outlined and named, and nothing saved until all will.
 */
public final class FacilitiesPanel extends JPanel implements FacilitiesView {
    private static final long serialVersionUID = 1L;

    private final transient Messages words;
    private final JList<Facility> list = new JList<>();
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final JTextField code = field("code");
    private final JComboBox<FacilityCategory> category = new JComboBox<>(FacilityCategory.values());
    private final JTextField nameKo = field("nameKo");
    private final JTextField nameEn = field("nameEn");
    private final JTextField summaryKo = field("summaryKo");
    private final JTextField summaryEn = field("summaryEn");
    private final JTextField placeKo = field("placeKo");
    private final JTextField placeEn = field("placeEn");
    private final JTextField rulesKo = field("rulesKo");
    private final JTextField rulesEn = field("rulesEn");
    private final JTextField capacity = field("capacity");
    private final JCheckBox perSeat;
    private final JTextField fee = field("fee");
    private final JTextField opens = field("opensAt");
    private final JTextField closes = field("closesAt");
    private final JTextField minutes = field("slotMinutes");
    private final JCheckBox popular;
    private final JButton save;
    private final JButton add;
    private final WrappingText answer = new WrappingText("facility.answer", "body");
    private final PictureBox picture;
    private transient Optional<Long> editing = Optional.empty();
    private transient FacilitiesPresenter presenter;
    /** The list is being filled again: the one chosen is chosen again without refilling what is typed (or said). */
    private boolean refilling;

    public FacilitiesPanel(Messages words) {
        super(new MigLayout("fill, insets 16", "[260!][grow, fill]", "[][grow, fill]"));
        this.words = words;
        setName("settings.facilities");
        JLabel title = new JLabel(words.get("counter.facility.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title, "span, wrap");
        list.setName("facility.list");
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(l, value instanceof Facility f ? f.name().in(words.language()) : value, index,
                        selected, focus);
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null && !refilling) {
                edit(list.getSelectedValue());
            }
        });
        add = new JButton(words.get("counter.facility.new"));
        add.setName("facility.new");
        add.addActionListener(e -> startNew());
        JPanel left = new JPanel(new MigLayout("fill, insets 0, wrap 1", "[grow, fill]", "[grow, fill][]"));
        left.add(new JScrollPane(list));
        left.add(add);
        add(left, "grow");
        category.setName("facility.category");
        category.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(l, value instanceof FacilityCategory c ? words.get(c.messageKey()) : value, index,
                        selected, focus);
            }
        });
        fields.put("category", category);
        perSeat = new JCheckBox(words.get("counter.facility.perSeat"));
        perSeat.setName("facility.perSeat");
        popular = new JCheckBox(words.get("counter.facility.popular"));
        popular.setName("facility.popular");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 4", "[][grow, fill, 0::][][grow, fill, 0::]"));
        row(form, "counter.facility.code", code, "counter.facility.categoryLabel", category);
        row(form, "counter.facility.nameKo", nameKo, "counter.facility.nameEn", nameEn);
        row(form, "counter.facility.summaryKo", summaryKo, "counter.facility.summaryEn", summaryEn);
        row(form, "counter.facility.placeKo", placeKo, "counter.facility.placeEn", placeEn);
        row(form, "counter.facility.rulesKo", rulesKo, "counter.facility.rulesEn", rulesEn);
        row(form, "counter.facility.capacity", capacity, "counter.facility.fee", fee);
        row(form, "counter.facility.opens", opens, "counter.facility.closes", closes);
        row(form, "counter.facility.minutes", minutes, null, null);
        form.add(perSeat, "skip 1, span 3");
        form.add(popular, "skip 1, span 3");
        picture = new PictureBox(words, "facility.");
        form.add(new JLabel(words.get("counter.facility.picture")), "aligny top");
        form.add(picture, "span 3, growx, wmin 0");
        save = new JButton(words.get("counter.facility.save"));
        save.setName("facility.save");
        save.addActionListener(e -> {
            if (presenter != null) {
                draft().ifPresent(presenter::save);
            }
        });
        form.add(save, "skip 1, span 3, growx 0");
        form.add(answer, "span 4, growx, wmin 0");
        WrappingText hint = new WrappingText("facility.hint", "hint");
        hint.say(words.get("counter.facility.hint"));
        form.add(hint, "span 4, growx, wmin 0");
        add(form, "grow, wmin 0");
        startNew();
    }

    private JTextField field(String name) {
        // a few columns: the layout gives each field its share of the width, never more than the window has
        JTextField f = new JTextField(6);
        f.setName("facility." + name);
        fields.put(name, f);
        return f;
    }

    private void row(JPanel form, String leftKey, JComponent leftField, String rightKey, JComponent rightField) {
        form.add(new JLabel(words.get(leftKey)));
        form.add(leftField);
        if (rightKey == null) {
            form.add(new JLabel(), "span 2");
        } else {
            form.add(new JLabel(words.get(rightKey)));
            form.add(rightField);
        }
    }

    public void attach(FacilitiesPresenter attached) {
        this.presenter = attached;
    }

    /** Where the facility's picture is chosen (the workspace attaches its presenter). */
    PictureBox picture() {
        return picture;
    }

    @Override
    public void showFacilities(List<Facility> facilities) {
        Long chosen = editing.orElse(null);
        refilling = true;
        try {
            list.setListData(facilities.toArray(new Facility[0]));
            for (int i = 0; i < facilities.size(); i++) {
                if (chosen != null && facilities.get(i).id() == chosen) {
                    list.setSelectedIndex(i);
                }
            }
        } finally {
            refilling = false;
        }
    }

    @Override
    public void showSaved(Facility f) {
        clearOutlines();
        editing = Optional.of(f.id());
        picture.showFor(Optional.of("facility:" + f.id()));
        answer.say(words.get("counter.facility.saved", f.name().in(words.language())));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showInvalid(Map<String, Refusal> invalid) {
        clearOutlines();
        invalid.keySet().forEach(k -> Optional.ofNullable(fields.get(k)).ifPresent(c -> c.putClientProperty("JComponent.outline", "error")));
        answer.say(words.get("counter.facility.notSaved") + " " + invalid.entrySet().stream()
                .map(e -> (fields.containsKey(e.getKey()) ? label(e.getKey()) + ": " : "") + words.get(e.getValue().messageKey(),
                        e.getValue().args().toArray())).collect(Collectors.joining(" · ")));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    @Override
    public void showFailure() {
        answer.say(words.get("counter.failure"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    /** Opens a facility's fields for editing. */
    public void edit(Facility f) {
        clearOutlines();
        FacilityCatalogue.Draft d = FacilityCatalogue.Draft.of(f);
        editing = d.id();
        code.setText(d.code());
        code.setEditable(false);
        category.setSelectedItem(d.category());
        nameKo.setText(d.nameKo());
        nameEn.setText(d.nameEn());
        summaryKo.setText(d.summaryKo());
        summaryEn.setText(d.summaryEn());
        placeKo.setText(d.placeKo());
        placeEn.setText(d.placeEn());
        rulesKo.setText(d.rulesKo());
        rulesEn.setText(d.rulesEn());
        capacity.setText(Integer.toString(d.capacity()));
        perSeat.setSelected(d.perSeat());
        fee.setText(Integer.toString(d.fee()));
        opens.setText(d.opensAt().toString());
        closes.setText(d.closesAt().toString());
        minutes.setText(Integer.toString(d.slotMinutes()));
        popular.setSelected(d.popular());
        picture.showFor(Optional.of("facility:" + f.id()));
        answer.say(" ");
    }

    private void startNew() {
        clearOutlines();
        list.clearSelection();
        editing = Optional.empty();
        code.setEditable(true);
        for (JTextField f : List.of(code, nameKo, nameEn, summaryKo, summaryEn, placeKo, placeEn, rulesKo, rulesEn)) {
            f.setText("");
        }
        capacity.setText("1");
        fee.setText("0");
        opens.setText("09:00");
        closes.setText("18:00");
        minutes.setText("60");
        perSeat.setSelected(false);
        popular.setSelected(false);
        picture.showFor(Optional.empty());
        answer.say(words.get("counter.facility.newHint"));
        answer.putClientProperty(FlatClientProperties.STYLE_CLASS, "body");
    }

    /** The form as a draft; a number or time typed wrongly is named here and nothing is sent. */
    Optional<FacilityCatalogue.Draft> draft() {
        Map<String, Refusal> typed = new LinkedHashMap<>();
        int cap = number(capacity, "capacity", typed);
        int won = number(fee, "fee", typed);
        int len = number(minutes, "slotMinutes", typed);
        LocalTime from = time(opens, "opensAt", typed);
        LocalTime to = time(closes, "closesAt", typed);
        if (!typed.isEmpty()) {
            showInvalid(typed);
            return Optional.empty();
        }
        return Optional.of(new FacilityCatalogue.Draft(editing, code.getText(), (FacilityCategory) category.getSelectedItem(), nameKo.getText(),
                nameEn.getText(), summaryKo.getText(), summaryEn.getText(), placeKo.getText(), placeEn.getText(), cap, perSeat.isSelected(), won,
                from, to, len, popular.isSelected(), rulesKo.getText(), rulesEn.getText()));
    }

    /** Types into a field by its name (screenshots, tests). */
    public void type(String field, String text) {
        if (fields.get(field) instanceof JTextField f) {
            f.setText(text);
        }
    }

    private static int number(JTextField f, String name, Map<String, Refusal> typed) {
        try {
            return Integer.parseInt(f.getText().strip().replace(",", ""));
        } catch (NumberFormatException e) {
            typed.put(name, Refusal.of("counter.facility.number"));
            return 0;
        }
    }

    private static LocalTime time(JTextField f, String name, Map<String, Refusal> typed) {
        try {
            return LocalTime.parse(f.getText().strip(), java.time.format.DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            typed.put(name, Refusal.of("counter.policy.time"));
            return LocalTime.MIDNIGHT;
        }
    }

    private void clearOutlines() {
        fields.values().forEach(c -> c.putClientProperty("JComponent.outline", null));
    }

    private String label(String field) {
        return words.get(switch (field) {
            case "code" -> "counter.facility.code";
            case "category" -> "counter.facility.categoryLabel";
            case "nameKo" -> "counter.facility.nameKo";
            case "nameEn" -> "counter.facility.nameEn";
            case "summaryKo" -> "counter.facility.summaryKo";
            case "summaryEn" -> "counter.facility.summaryEn";
            case "placeKo" -> "counter.facility.placeKo";
            case "placeEn" -> "counter.facility.placeEn";
            case "rulesKo" -> "counter.facility.rulesKo";
            case "rulesEn" -> "counter.facility.rulesEn";
            case "capacity" -> "counter.facility.capacity";
            case "fee" -> "counter.facility.fee";
            case "opensAt" -> "counter.facility.opens";
            case "closesAt" -> "counter.facility.closes";
            default -> "counter.facility.minutes";
        });
    }
}
