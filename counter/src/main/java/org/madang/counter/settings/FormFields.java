package org.madang.counter.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.madang.core.Refusal;
import org.madang.ui.Messages;

/**
 * The fields of one of the catalogue's forms, by name: made with their labels, laid out in
 * pairs, read back as numbers, times and dates (a slip named before anything is sent), and
 * outlined with their refusals' words when the service will not save them.
 */
final class FormFields {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm");

    private final Messages words;
    private final String prefix;
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** @param prefix the components' names start with it ({@code course.} → {@code course.titleKo}) */
    FormFields(Messages words, String prefix) {
        this.words = words;
        this.prefix = prefix;
    }

    JTextField text(String name, String labelKey) {
        // a few columns: the layout gives each field its share of the width, never more than the window has
        return add(name, labelKey, new JTextField(6));
    }

    JCheckBox check(String name, String labelKey) {
        return add(name, labelKey, new JCheckBox(words.get(labelKey)));
    }

    <T> JComboBox<T> choice(String name, String labelKey, Function<T, String> shown) {
        JComboBox<T> box = add(name, labelKey, new JComboBox<>());
        box.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("unchecked")
            public java.awt.Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(l, value == null ? " " : shown.apply((T) value), index, selected, focus);
            }
        });
        return box;
    }

    private <C extends JComponent> C add(String name, String labelKey, C component) {
        component.setName(prefix + name);
        fields.put(name, component);
        labels.put(name, labelKey);
        return component;
    }

    /** Two fields on a row of a four-column form ({@code right} may be null); a check box takes its label along. */
    void pair(JPanel form, String left, String right) {
        cell(form, left);
        if (right == null) {
            form.add(new JLabel(), "span 2");
        } else {
            cell(form, right);
        }
    }

    private void cell(JPanel form, String name) {
        JComponent c = fields.get(name);
        if (c instanceof JCheckBox) {
            form.add(new JLabel());
            form.add(c);
        } else {
            JLabel label = new JLabel(words.get(labels.get(name)));
            label.setLabelFor(c);
            form.add(label);
            form.add(c);
        }
    }

    JComponent component(String name) {
        return fields.get(name);
    }

    void set(String name, Object value) {
        if (fields.get(name) instanceof JTextField f) {
            f.setText(value == null ? "" : value.toString());
        } else if (fields.get(name) instanceof JCheckBox b) {
            b.setSelected(Boolean.TRUE.equals(value));
        } else if (fields.get(name) instanceof JComboBox<?> box) {
            box.setSelectedItem(value);
        }
    }

    String text(String name) {
        return ((JTextField) fields.get(name)).getText();
    }

    boolean checked(String name) {
        return ((JCheckBox) fields.get(name)).isSelected();
    }

    Object chosen(String name) {
        return ((JComboBox<?>) fields.get(name)).getSelectedItem();
    }

    <T> void offer(String name, List<T> values) {
        @SuppressWarnings("unchecked")
        JComboBox<T> box = (JComboBox<T>) fields.get(name);
        Object was = box.getSelectedItem();
        box.removeAllItems();
        values.forEach(box::addItem);
        if (was != null && values.contains(was)) {
            box.setSelectedItem(was);
        }
    }

    int number(String name, Map<String, Refusal> typed) {
        try {
            return Integer.parseInt(text(name).strip().replace(",", ""));
        } catch (NumberFormatException e) {
            typed.put(name, Refusal.of("counter.facility.number"));
            return 0;
        }
    }

    LocalTime time(String name, Map<String, Refusal> typed) {
        try {
            return LocalTime.parse(text(name).strip(), TIME);
        } catch (DateTimeParseException e) {
            typed.put(name, Refusal.of("counter.policy.time"));
            return null;
        }
    }

    LocalDate date(String name, Map<String, Refusal> typed) {
        try {
            return LocalDate.parse(text(name).strip());
        } catch (DateTimeParseException e) {
            typed.put(name, Refusal.of("counter.form.date"));
            return null;
        }
    }

    /** A date and time ({@code 2026-12-01 9:00}), or none when left blank. */
    Optional<LocalDateTime> dateTime(String name, Map<String, Refusal> typed) {
        String t = text(name).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t.replace('T', ' '), DATE_TIME));
        } catch (DateTimeParseException e) {
            typed.put(name, Refusal.of("counter.form.dateTime"));
            return Optional.empty();
        }
    }

    /** A form that scrolls down when the window is too short for it (a 1366×768 desk), never sideways. */
    static JComponent scrolling(JPanel form) {
        javax.swing.JScrollPane pane = new javax.swing.JScrollPane(form, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        pane.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        pane.setOpaque(false);
        pane.getViewport().setOpaque(false);
        return pane;
    }

    static String shown(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    void clearOutlines() {
        fields.values().forEach(c -> c.putClientProperty("JComponent.outline", null));
    }

    /** Outlines each refused field and says what is wrong with each, by its label. */
    String explain(Map<String, Refusal> invalid) {
        clearOutlines();
        invalid.keySet().forEach(k -> Optional.ofNullable(fields.get(k)).ifPresent(c -> c.putClientProperty("JComponent.outline", "error")));
        return invalid.entrySet().stream()
                .map(e -> (labels.containsKey(e.getKey()) ? words.get(labels.get(e.getKey())) + ": " : "")
                        + words.get(e.getValue().messageKey(), e.getValue().args().toArray()))
                .collect(Collectors.joining(" · "));
    }
}
