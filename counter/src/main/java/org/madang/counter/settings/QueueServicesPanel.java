package org.madang.counter.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.ui.Messages;
import org.madang.ui.widget.WrappingText;

/**
 * "번호표": the services residents take tickets for — name, letter, minutes a ticket takes,
 * offered at kiosks or not — and, below, which services each counter desk calls.
 */
public final class QueueServicesPanel extends ListFormPanel<QueueServiceDesk.Entry, QueueServiceDesk.Entry> implements QueueDesksView {
    private static final long serialVersionUID = 1L;

    private final JSpinner desk = new JSpinner(new SpinnerNumberModel(1, 1, 99, 1));
    private final JPanel serviceBoxes = new JPanel(new MigLayout("insets 0, wrap 2", "[grow, fill][grow, fill]"));
    private final List<JCheckBox> boxes = new ArrayList<>();
    private final WrappingText desksNow = new WrappingText("queueDesk.now", "body");
    private final WrappingText deskAnswer = new WrappingText("queueDesk.answer", "body");
    private transient List<QueueServiceDesk.Entry> services = List.of();
    private transient Map<Integer, List<Long>> assigned = Map.of();
    private transient QueueDesksPresenter desks;

    public QueueServicesPanel(Messages words) {
        super(words, "settings.queueServices", "queueService.", "counter.queueService.title",
                s -> s.prefix() + " · " + s.name().in(words.language()) + (s.active() ? "" : " · " + words.get("counter.queueService.off")),
                s -> s.id().orElse(-1L));
        fields.text("code", "counter.facility.code");
        fields.text("prefix", "counter.queueService.prefix");
        fields.text("nameKo", "counter.facility.nameKo");
        fields.text("nameEn", "counter.facility.nameEn");
        fields.text("minutes", "counter.queueService.minutes");
        fields.check("active", "counter.queueService.active");
        fields.pair(form, "code", "prefix");
        fields.pair(form, "nameKo", "nameEn");
        fields.pair(form, "minutes", "active");
        finish("counter.queueService.hint");
        form.add(new JSeparator(), "span 4, growx, gaptop 12");
        JLabel title = new JLabel(words.get("counter.queueDesk.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        form.add(title, "span 4");
        desk.setName("queueDesk.number");
        desk.addChangeListener(e -> showChecks());
        form.add(new JLabel(words.get("counter.queueDesk.number")));
        form.add(desk, "span 3, growx 0, w 80!");
        serviceBoxes.setName("queueDesk.services");
        form.add(serviceBoxes, "skip 1, span 3, growx");
        JButton save = new JButton(words.get("counter.queueDesk.save"));
        save.setName("queueDesk.save");
        save.addActionListener(e -> {
            if (desks != null) {
                desks.setDesk(number(), checkedIds());
            }
        });
        form.add(save, "skip 1, span 3, growx 0");
        form.add(deskAnswer, "span 4, growx, wmin 0");
        form.add(desksNow, "span 4, growx, wmin 0");
    }

    public void attachDesks(QueueDesksPresenter attached) {
        this.desks = attached;
    }

    private int number() {
        return (Integer) desk.getValue();
    }

    private List<Long> checkedIds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).isSelected()) {
                services.get(i).id().ifPresent(ids::add);
            }
        }
        return ids;
    }

    @Override
    public void showDesks(Map<Integer, List<Long>> setHere, List<QueueServiceDesk.Entry> all) {
        this.assigned = new LinkedHashMap<>(setHere);
        this.services = all;
        serviceBoxes.removeAll();
        boxes.clear();
        for (QueueServiceDesk.Entry s : all) {
            JCheckBox b = new JCheckBox(s.prefix() + " · " + s.name().in(words.language()));
            b.setName("queueDesk.service." + s.code());
            b.setEnabled(s.active());
            boxes.add(b);
            serviceBoxes.add(b);
        }
        showChecks();
        desksNow.say(setHere.isEmpty() ? words.get("counter.queueDesk.noneSet") : words.get("counter.queueDesk.set", setHere.entrySet().stream()
                .map(e -> words.get("counter.queueDesk.one", e.getKey(), e.getValue().stream().map(this::letter).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(" · "))));
        serviceBoxes.revalidate();
        serviceBoxes.repaint();
    }

    private String letter(long id) {
        return services.stream().filter(s -> s.id().equals(Optional.of(id))).map(s -> String.valueOf(s.prefix())).findFirst().orElse("?");
    }

    private void showChecks() {
        List<Long> set = assigned.getOrDefault(number(), List.of());
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).setSelected(services.get(i).id().map(set::contains).orElse(false));
        }
    }

    @Override
    public void showDeskSaved(int number, boolean followsSiteFile) {
        deskAnswer.say(words.get(followsSiteFile ? "counter.queueDesk.cleared" : "counter.queueDesk.saved", number));
        deskAnswer.putClientProperty(FlatClientProperties.STYLE_CLASS, "good");
    }

    @Override
    public void showDeskInvalid(Map<String, Refusal> invalid) {
        deskAnswer.say(words.get("counter.facility.notSaved") + " " + invalid.values().stream()
                .map(r -> words.get(r.messageKey(), r.args().toArray())).collect(Collectors.joining(" · ")));
        deskAnswer.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
    }

    @Override
    protected void fill(QueueServiceDesk.Entry s) {
        fields.set("code", s.code());
        ((javax.swing.JTextField) fields.component("code")).setEditable(false);
        fields.set("prefix", String.valueOf(s.prefix()));
        fields.set("nameKo", s.nameKo());
        fields.set("nameEn", s.nameEn());
        fields.set("minutes", s.minutesPerTicket());
        fields.set("active", s.active());
    }

    @Override
    protected void blank() {
        ((javax.swing.JTextField) fields.component("code")).setEditable(true);
        for (String f : new String[] {"code", "prefix", "nameKo", "nameEn"}) {
            fields.set(f, "");
        }
        fields.set("minutes", "5");
        fields.set("active", true);
    }

    @Override
    protected QueueServiceDesk.Entry draft(Map<String, Refusal> typed, Optional<QueueServiceDesk.Entry> editing) {
        String letter = fields.text("prefix").strip().toUpperCase(java.util.Locale.ROOT);
        if (letter.length() != 1) {
            typed.put("prefix", Refusal.of("counter.queueService.prefixRule"));
        }
        return new QueueServiceDesk.Entry(editing.flatMap(QueueServiceDesk.Entry::id), fields.text("code"), letter.isEmpty() ? ' ' : letter.charAt(0),
                fields.text("nameKo"), fields.text("nameEn"), fields.number("minutes", typed), fields.checked("active"));
    }
}
