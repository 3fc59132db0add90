package org.madang.counter.kiosks;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.terminal.Fleet;
import org.madang.core.terminal.FleetAlert;
import org.madang.core.terminal.SessionState;
import org.madang.core.terminal.TerminalKind;
import org.madang.core.terminal.TerminalStatus;
import org.madang.counter.shell.Tables;
import org.madang.hardware.device.DeviceCondition;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * "단말": every kiosk, display and counter of the site as its heartbeat last said — its state,
 * screen, devices, the services it paused, when it was last heard from, its version, disk and
 * last error — with what needs a person listed above, and the maintenance lock for a chosen kiosk.
 */
public final class KiosksPanel extends JPanel implements KiosksView {
    private static final long serialVersionUID = 1L;
    /** How often the list is read again, so that silence shows without any event. */
    private static final int TICK_MS = 10_000;

    private final transient Messages words;
    private final transient Formats formats;
    private final boolean mayLock;
    private final JLabel alertsLine = new JLabel();
    private final DefaultTableModel model;
    private final JTable table;
    private final JTextField message = new JTextField();
    private final JButton lock;
    private final JButton unlock;
    private final JButton forget;
    private final JLabel answer = new JLabel(" ");
    private final JLabel updated = new JLabel(" ");
    private final Timer ticker;
    private transient KiosksPresenter presenter;
    private transient List<TerminalStatus> terminals = List.of();
    private transient LocalDateTime readAt;
    /** The terminals with an alert now. */
    private transient java.util.Set<String> alerted = java.util.Set.of();

    /** @param mayLock whether the clerk's role locks kiosks (supervisors and admins); others see the list */
    public KiosksPanel(Messages words, boolean mayLock) {
        super(new MigLayout("fill, wrap 1, insets 16", "[grow, fill]", "[][][grow, fill][][][]"));
        this.words = words;
        this.formats = new Formats(words);
        this.mayLock = mayLock;
        setName("screen.kiosks");
        JLabel title = new JLabel(words.get("counter.fleet.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h2");
        add(title);
        alertsLine.setName("fleet.alerts");
        add(alertsLine);
        model = Tables.readOnly(words.get("counter.fleet.column.terminal"), words.get("counter.fleet.column.state"),
                words.get("counter.fleet.column.screen"), words.get("counter.fleet.column.devices"),
                words.get("counter.fleet.column.paused"), words.get("counter.fleet.column.heard"),
                words.get("counter.fleet.column.version"), words.get("counter.fleet.column.disk"),
                words.get("counter.fleet.column.error"));
        table = new JTable(model);
        table.setName("fleet.table");
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> enableActs());
        int[] widths = {150, 170, 130, 300, 150, 90, 120, 100, 220};
        for (int c = 0; c < widths.length; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        }
        // a terminal that needs a person stands out in the alert colour, in bold
        table.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                java.awt.Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                int at = t.convertRowIndexToModel(row);
                boolean needs = at < terminals.size() && alerted.contains(terminals.get(at).terminalId());
                if (!selected) {
                    c.setForeground(needs ? javax.swing.UIManager.getColor("Actions.Red") : t.getForeground());
                }
                c.setFont(needs ? t.getFont().deriveFont(java.awt.Font.BOLD) : t.getFont());
                // a clipped cell is read whole under the pointer
                setToolTipText(value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value));
                return c;
            }
        });
        add(Tables.scroll(table));
        message.setName("fleet.message");
        message.setText(words.get("counter.fleet.lock.default"));
        message.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, words.get("counter.fleet.lock.placeholder"));
        lock = new JButton(words.get("counter.fleet.lock"));
        lock.setName("fleet.lock");
        unlock = new JButton(words.get("counter.fleet.unlock"));
        unlock.setName("fleet.unlock");
        forget = new JButton(words.get("counter.fleet.forget"));
        forget.setName("fleet.forget");
        JPanel acts = new JPanel(new MigLayout("insets 0, fillx", "[][grow, fill][][][]"));
        acts.add(new JLabel(words.get("counter.fleet.lock.message")));
        acts.add(message);
        acts.add(lock);
        acts.add(unlock);
        acts.add(forget);
        acts.setVisible(mayLock);
        add(acts);
        answer.setName("fleet.answer");
        add(answer);
        updated.setName("fleet.updated");
        add(updated);
        ticker = new Timer(TICK_MS, e -> {
            if (presenter != null) {
                presenter.tick();
            }
        });
        enableActs();
    }

    public void attach(KiosksPresenter attached) {
        this.presenter = attached;
        lock.addActionListener(e -> selected().ifPresent(t -> attached.lock(t.terminalId(), message.getText())));
        unlock.addActionListener(e -> selected().ifPresent(t -> attached.unlock(t.terminalId())));
        forget.addActionListener(e -> selected().ifPresent(t -> attached.forget(t.terminalId())));
        ticker.start();
    }

    /** Stops reading the list (the counter window closed or the clerk signed out). */
    public void stop() {
        ticker.stop();
    }

    @Override
    public void removeNotify() {
        super.removeNotify();
        ticker.stop();
    }

    @Override
    public void showFleet(List<TerminalStatus> now, List<FleetAlert> alerts, LocalDateTime at) {
        String chosen = selected().map(TerminalStatus::terminalId).orElse(null);
        terminals = now;
        readAt = at;
        alerted = alerts.stream().map(FleetAlert::terminalId).collect(Collectors.toSet());
        model.setRowCount(0);
        for (TerminalStatus t : now) {
            model.addRow(new Object[] {t.kind() == TerminalKind.KIOSK ? t.terminalId() : t.terminalId() + " (" + kind(t.kind()) + ")", state(t, at), screen(t), devices(t.devices()),
                    paused(t.paused()), heard(t, at), t.version(), words.get("counter.fleet.diskMb", t.freeDiskMb()),
                    t.lastError().map(e -> errorText(e) + t.lastErrorAt().map(w -> " (" + formats.time(w) + ")").orElse("")).orElse("")});
        }
        for (int row = 0; row < now.size(); row++) {
            if (now.get(row).terminalId().equals(chosen)) {
                table.setRowSelectionInterval(row, row);
            }
        }
        alertsLine.setText(alerts.isEmpty() ? words.get("counter.fleet.noAlerts")
                : words.get("counter.fleet.alertCount", alerts.size()) + " " + alerts.stream().map(this::alertText).collect(Collectors.joining(" · ")));
        alertsLine.putClientProperty(FlatClientProperties.STYLE_CLASS, alerts.isEmpty() ? "good" : "refusal");
        updated.setText(words.get("counter.today.updated", formats.seconds(at)));
        enableActs();
    }

    @Override
    public void showRefusal(Refusal refusal) {
        answer.setText(words.get(refusal.messageKey(), refusal.args().toArray()));
    }

    @Override
    public void showFailure() {
        updated.setText(words.get("counter.failure"));
    }

    @Override
    public void lockOrdered(String terminalId) {
        answer.setText(words.get("counter.fleet.lock.ordered", terminalId));
    }

    /** One alert in the clerk's words (also the top bar's). */
    public String alertText(FleetAlert a) {
        return switch (a.kind()) {
            case DEVICE -> words.get("counter.fleet.alert.device", a.terminalId(), deviceName(a.device().orElse("")),
                    condition(a.condition().orElse(DeviceCondition.FAULT)));
            case SILENT -> words.get("counter.fleet.alert.silent", a.terminalId(), formats.time(a.since()));
            case DISK_LOW -> words.get("counter.fleet.alert.disk", a.terminalId(), Fleet.LOW_DISK_MB);
        };
    }

    private java.util.Optional<TerminalStatus> selected() {
        int row = table.getSelectedRow();
        return row < 0 || row >= terminals.size() ? java.util.Optional.empty() : java.util.Optional.of(terminals.get(table.convertRowIndexToModel(row)));
    }

    private void enableActs() {
        java.util.Optional<TerminalStatus> t = selected();
        boolean kiosk = t.map(s -> s.kind() == TerminalKind.KIOSK).orElse(false);
        lock.setEnabled(mayLock && kiosk);
        unlock.setEnabled(mayLock && t.map(s -> s.lock().isPresent()).orElse(false));
        forget.setEnabled(mayLock && t.map(s -> s.session() == SessionState.OFF || readAt != null && Fleet.silent(s, readAt)).orElse(false));
    }

    private String state(TerminalStatus t, LocalDateTime at) {
        if (Fleet.silent(t, at)) {
            return words.get("counter.fleet.state.silent");
        }
        if (t.lockPending()) {
            return words.get("counter.fleet.state.lockPending");
        }
        return words.get(switch (t.session()) {
            case IDLE -> "counter.fleet.state.idle";
            case IN_USE -> "counter.fleet.state.inUse";
            case LOCKED -> "counter.fleet.state.locked";
            case OFF -> "counter.fleet.state.off";
        }) + t.lock().map(l -> ": " + l.message()).orElse("");
    }

    private String screen(TerminalStatus t) {
        if (t.kind() == TerminalKind.KIOSK) {
            return KioskScreenNames.of(t.screen(), words);
        }
        // a counter's workspace by its name on the rail
        return java.util.List.of("queue", "residents", "bookings", "courses", "documents", "payments", "cases", "kiosks", "reports",
                "settings").contains(t.screen()) ? words.get("counter.workspace." + t.screen()) : t.screen();
    }

    /** A device's error as the terminal sent it ("receiptPrinter: paper out"), the device named in the clerk's words. */
    private String errorText(String error) {
        int colon = error.indexOf(':');
        return colon > 0 ? deviceName(error.substring(0, colon)) + error.substring(colon) : error;
    }

    private String heard(TerminalStatus t, LocalDateTime at) {
        long seconds = Math.max(0, Duration.between(t.beatAt(), at).toSeconds());
        if (seconds < 60) {
            return words.get("counter.fleet.heard.seconds", seconds);
        }
        if (seconds < 3600) {
            return words.get("counter.fleet.heard.minutes", seconds / 60);
        }
        return t.beatAt().toLocalDate().equals(at.toLocalDate()) ? formats.time(t.beatAt())
                : formats.shortStamp(t.beatAt());
    }

    private String devices(Map<String, DeviceCondition> devices) {
        // what needs a look first: a clipped cell still shows it
        return devices.entrySet().stream().filter(d -> d.getValue() != DeviceCondition.NOT_FITTED)
                .sorted(java.util.Comparator.comparing((Map.Entry<String, DeviceCondition> d) -> !d.getValue().failing())
                        .thenComparing(d -> !d.getValue().worthALook()))
                .map(d -> deviceName(d.getKey()) + " " + condition(d.getValue())).collect(Collectors.joining(" · "));
    }

    private String paused(List<String> tiles) {
        return tiles.stream().map(tile -> words.get(switch (tile) {
            case "home.booking" -> "kiosk.home.booking";
            case "home.queue" -> "kiosk.home.queue";
            case "home.documents" -> "kiosk.home.documents";
            case "home.checkin" -> "kiosk.home.checkin";
            default -> "counter.fleet.paused.other";
        })).collect(Collectors.joining(", "));
    }

    private String kind(TerminalKind kind) {
        return words.get(switch (kind) {
            case KIOSK -> "counter.fleet.kind.kiosk";
            case COUNTER -> "counter.fleet.kind.counter";
            case DISPLAY -> "counter.fleet.kind.display";
        });
    }

    private String deviceName(String device) {
        return switch (device) {
            case "receiptPrinter" -> words.get("counter.fleet.device.receiptPrinter");
            case "documentPrinter" -> words.get("counter.fleet.device.documentPrinter");
            case "qrScanner" -> words.get("counter.fleet.device.qrScanner");
            case "idReader" -> words.get("counter.fleet.device.idReader");
            case "voice" -> words.get("counter.fleet.device.voice");
            default -> device;
        };
    }

    private String condition(DeviceCondition c) {
        return words.get(switch (c) {
            case READY -> "counter.fleet.condition.ready";
            case PAPER_NEAR_END -> "counter.fleet.condition.paperNearEnd";
            case PAPER_OUT -> "counter.fleet.condition.paperOut";
            case COVER_OPEN -> "counter.fleet.condition.coverOpen";
            case OFFLINE -> "counter.fleet.condition.offline";
            case FAULT -> "counter.fleet.condition.fault";
            case NOT_FITTED -> "counter.fleet.condition.notFitted";
        });
    }
}
