package org.madang.counter.behalf;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingCalendar;
import org.madang.core.booking.CalendarDay;
import org.madang.core.booking.CancelQuote;
import org.madang.core.booking.Channel;
import org.madang.core.booking.Quote;
import org.madang.core.course.CourseCancelQuote;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseListing;
import org.madang.core.facility.Facility;
import org.madang.core.facility.Slot;
import org.madang.core.residentfile.ResidentFile;
import org.madang.counter.shell.ActLine;
import org.madang.ui.Formats;
import org.madang.ui.Messages;

/**
 * Acting for the open resident (at the desk or on the phone): a facility's days and times with
 * the fee and any rule that refuses, then Book (or Wait, or Enter the draw); a course and its fee,
 * then Enrol; and their bookings and places to cancel, the refund shown before confirming.
 */
public final class BehalfPanel extends JPanel implements BehalfView {
    private static final long serialVersionUID = 1L;

    private final Messages words;
    private final Formats formats;
    private final ActLine message = new ActLine();
    private final JRadioButton walkIn;
    private final JRadioButton phone;
    private final JComboBox<Facility> facility = new JComboBox<>();
    private final DefaultListModel<CalendarDay> days = new DefaultListModel<>();
    private final JList<CalendarDay> dayList = new JList<>(days);
    private final DefaultListModel<Slot> slots = new DefaultListModel<>();
    private final JList<Slot> slotList = new JList<>(slots);
    /** Up to the most a site may set as maxParty; the booking rules refuse a party too large for the slot, in plain words. */
    private final JSpinner party = new JSpinner(new SpinnerNumberModel(1, 1, 100, 1));
    private final JLabel quote = new JLabel(" ");
    private final JButton book = new JButton();
    private final DefaultListModel<CourseListing> courses = new DefaultListModel<>();
    private final JList<CourseListing> courseList = new JList<>(courses);
    private final JLabel courseQuote = new JLabel(" ");
    private final JButton enrol;
    private final DefaultListModel<ResidentFile.Entry> bookings = new DefaultListModel<>();
    private final JList<ResidentFile.Entry> bookingList = new JList<>(bookings);
    private final DefaultListModel<ResidentFile.Entry> places = new DefaultListModel<>();
    private final JList<ResidentFile.Entry> placeList = new JList<>(places);
    private final JLabel cancelQuote = new JLabel(" ");
    private final JButton confirmCancel;
    private final JPanel ban = new JPanel(new MigLayout("wrap 2, insets 0, gap 6", "[][grow, fill]"));
    private final JLabel banUntil = new JLabel();
    private final javax.swing.JTextField banEnd = new javax.swing.JTextField(10);
    private final javax.swing.JTextField banReason = new javax.swing.JTextField(16);
    private final JButton banChange;
    private transient BehalfPresenter presenter;
    private transient Runnable confirm = () -> { };
    private boolean loading;

    public BehalfPanel(Messages words, Runnable back) {
        super(new MigLayout("fill, wrap 3, insets 8, gap 12 6", "[grow 40, fill][grow 30, fill][grow 30, fill]", "[][grow, fill]"));
        this.words = words;
        this.formats = new Formats(words);
        setName("behalf");
        JButton toFile = new JButton(words.get("counter.behalf.back"));
        toFile.setName("behalf.back");
        toFile.addActionListener(e -> back.run());
        walkIn = new JRadioButton(words.get("counter.behalf.walkIn"), true);
        walkIn.setName("behalf.walkIn");
        phone = new JRadioButton(words.get("counter.behalf.phone"));
        phone.setName("behalf.phone");
        ButtonGroup channel = new ButtonGroup();
        channel.add(walkIn);
        channel.add(phone);
        message.setName("behalf.message");
        add(toFile, "span 3, split 4");
        add(walkIn, "gapleft 16");
        add(phone);
        add(message, "gapleft 16, wmin 0");

        facility.setName("behalf.facility");
        facility.setRenderer(renderer(v -> ((Facility) v).name().in(words.language())));
        facility.addActionListener(e -> {
            if (!loading && facility.getSelectedItem() != null) {
                presenter.chooseFacility((Facility) facility.getSelectedItem());
            }
        });
        dayList.setName("behalf.days");
        dayList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        dayList.setCellRenderer(renderer(v -> day((CalendarDay) v)));
        dayList.addListSelectionListener(e -> {
            CalendarDay d = dayList.getSelectedValue();
            if (!e.getValueIsAdjusting() && d != null && !loading) {
                presenter.chooseDay(d.day());
            }
        });
        slotList.setName("behalf.slots");
        slotList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        slotList.setCellRenderer(renderer(v -> slot((Slot) v)));
        slotList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && slotList.getSelectedValue() != null && !loading) {
                presenter.chooseSlot(slotList.getSelectedValue(), (Integer) party.getValue());
            }
        });
        party.setName("behalf.party");
        party.addChangeListener(e -> {
            if (slotList.getSelectedValue() != null && !loading) {
                presenter.chooseSlot(slotList.getSelectedValue(), (Integer) party.getValue());
            }
        });
        quote.setName("behalf.quote");
        book.setName("behalf.book");
        book.setText(words.get("counter.behalf.book"));
        book.setEnabled(false);
        book.addActionListener(e -> presenter.book(channel()));

        courseList.setName("behalf.courses");
        courseList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        courseList.setCellRenderer(renderer(v -> course((CourseListing) v)));
        courseList.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && courseList.getSelectedValue() != null && !loading) {
                presenter.chooseCourse(courseList.getSelectedValue());
            }
        });
        courseQuote.setName("behalf.courseQuote");
        enrol = new JButton(words.get("counter.behalf.enrol"));
        enrol.setName("behalf.enrol");
        enrol.setEnabled(false);
        enrol.addActionListener(e -> presenter.enrol(courseList.getSelectedValue().course().id(), channel()));

        bookingList.setName("behalf.bookings");
        bookingList.setCellRenderer(renderer(v -> entry((ResidentFile.Entry) v)));
        placeList.setName("behalf.places");
        placeList.setCellRenderer(renderer(v -> entry((ResidentFile.Entry) v)));
        JButton quoteBooking = new JButton(words.get("counter.behalf.refundFor"));
        quoteBooking.setName("behalf.quoteCancel");
        quoteBooking.addActionListener(e -> Optional.ofNullable(bookingList.getSelectedValue()).ifPresent(b -> presenter.quoteCancel(b.id())));
        JButton checkIn = new JButton(words.get("counter.behalf.checkIn"));
        checkIn.setName("behalf.checkIn");
        checkIn.addActionListener(e -> Optional.ofNullable(bookingList.getSelectedValue()).ifPresent(b -> presenter.checkIn(b.id())));
        JButton quotePlace = new JButton(words.get("counter.behalf.refundFor"));
        quotePlace.setName("behalf.quoteCourseCancel");
        quotePlace.addActionListener(e -> Optional.ofNullable(placeList.getSelectedValue()).ifPresent(p -> presenter.quoteCourseCancel(p.id())));
        cancelQuote.setName("behalf.cancelQuote");
        confirmCancel = new JButton(words.get("counter.behalf.confirmCancel"));
        confirmCancel.setName("behalf.confirmCancel");
        confirmCancel.setEnabled(false);
        confirmCancel.addActionListener(e -> {
            confirmCancel.setEnabled(false);
            confirm.run();
        });

        // one act at a time, each with the whole width: the smallest desk (1366 px) fits no three columns
        javax.swing.JTabbedPane acts = new javax.swing.JTabbedPane();
        acts.setName("behalf.tabs");
        JPanel booking = new JPanel(new MigLayout("fill, wrap 2, insets 8", "[grow 50, fill][grow 50, fill]", "[][grow, fill][][][]"));
        booking.add(new JLabel(words.get("counter.behalf.chooseFacility")), "span 2, split 2, growx 0");
        booking.add(facility, "growx");
        booking.add(new JScrollPane(dayList));
        booking.add(new JScrollPane(slotList));
        booking.add(new JLabel(words.get("counter.behalf.party")), "span 2, split 2");
        booking.add(party, "growx 0, w 80!");
        booking.add(quote, "span 2, wmin 0");
        booking.add(book, "span 2");
        acts.addTab(words.get("counter.behalf.bookTitle"), booking);
        JPanel course = new JPanel(new MigLayout("fill, wrap 1, insets 8", "[grow, fill]", "[grow, fill][][]"));
        course.add(new JScrollPane(courseList));
        course.add(courseQuote, "wmin 0");
        course.add(enrol);
        acts.addTab(words.get("counter.behalf.courseTitle"), course);
        JPanel cancel = new JPanel(new MigLayout("fill, wrap 2, insets 8, hidemode 3", "[grow 50, fill][grow 50, fill]",
                "[][grow, fill][][][]"));
        cancel.add(new JLabel(words.get("counter.behalf.theirBookings")));
        cancel.add(new JLabel(words.get("counter.behalf.theirPlaces")));
        cancel.add(new JScrollPane(bookingList));
        cancel.add(new JScrollPane(placeList));
        cancel.add(quoteBooking, "split 2, growx 0");
        cancel.add(checkIn, "growx 0");
        cancel.add(quotePlace, "growx 0");
        cancel.add(cancelQuote, "span 2, wmin 0");
        cancel.add(confirmCancel, "span 2, growx 0");
        banUntil.setName("behalf.banUntil");
        banUntil.putClientProperty(FlatClientProperties.STYLE_CLASS, "refusal");
        banEnd.setName("behalf.banEnd");
        banEnd.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "2026-12-24");
        banReason.setName("behalf.banReason");
        banChange = new JButton(words.get("counter.ban.change"));
        banChange.setName("behalf.banChange");
        banChange.addActionListener(e -> presenter.changeBan(banEnd.getText(), banReason.getText()));
        ban.add(heading("counter.ban.title"), "span 2");
        ban.add(banUntil, "span 2, wmin 0");
        ban.add(new JLabel(words.get("counter.ban.newEnd")));
        ban.add(banEnd);
        ban.add(new JLabel(words.get("counter.ban.reason")));
        ban.add(banReason);
        ban.add(banChange, "skip, growx 0");
        ban.setVisible(false);
        cancel.add(ban, "span 2, gaptop 12");
        acts.addTab(words.get("counter.behalf.cancelTitle"), cancel);
        add(acts, "span 3, grow");
    }

    private JLabel heading(String key) {
        JLabel l = new JLabel(words.get(key));
        l.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        return l;
    }

    private Channel channel() {
        return phone.isSelected() ? Channel.PHONE : Channel.COUNTER;
    }

    private static javax.swing.ListCellRenderer<Object> renderer(java.util.function.Function<Object, String> text) {
        javax.swing.DefaultListCellRenderer base = new javax.swing.DefaultListCellRenderer();
        return (list, value, index, selected, focus) -> base.getListCellRendererComponent(list, value == null ? "" : text.apply(value),
                index, selected, focus);
    }

    private String day(CalendarDay d) {
        String state;
        if (d.phase() instanceof BookingCalendar.Phase.LotteryEntry) {
            state = words.get("counter.behalf.dayLottery");
        } else if (!d.choosable()) {
            state = words.get("counter.behalf.dayClosed");
        } else {
            state = words.get("counter.behalf.dayFree", d.freeSlots());
        }
        return formats.weekday(d.day()) + " · " + state;
    }

    private String slot(Slot s) {
        return formats.time(s.startsAt()) + "–" + formats.time(s.endsAt()) + " · "
                + (s.isFull() ? words.get("counter.behalf.slotFull") : words.get("counter.behalf.slotFree", s.free()));
    }

    private String course(CourseListing c) {
        return words.get("counter.behalf.course", c.course().title().in(words.language()), c.course().capacity() - c.course().enrolled(),
                c.waiting());
    }

    private String entry(ResidentFile.Entry e) {
        return formats.shortStamp(e.when()) + " " + e.what().in(words.language()) + " · " + e.reference();
    }

    public void attach(BehalfPresenter behalf) {
        this.presenter = behalf;
    }

    /** Only a supervisor lifts or shortens a ban (the service says no to others as well). */
    public void allowBanChange(boolean allowed) {
        banEnd.setEnabled(allowed);
        banReason.setEnabled(allowed);
        banChange.setEnabled(allowed);
        banChange.setToolTipText(allowed ? null : words.get("clerk.refused.lift_ban"));
    }

    /** The resident's live bookings and course places, to cancel; their ban, to lift. */
    public void showFile(ResidentFile file) {
        ban.setVisible(file.banUntil() != null);
        if (file.banUntil() != null) {
            banUntil.setText(words.get("counter.ban.until", file.banUntil().toLocalDate()));
        }
        banEnd.setText("");
        banReason.setText("");
        bookings.clear();
        file.bookings().stream().filter(b -> b.stateKey().equals("booking.status.booked")).forEach(bookings::addElement);
        places.clear();
        file.courses().stream().filter(c -> c.stateKey().equals("course.status.enrolled") || c.stateKey().equals("course.status.waiting")
                || c.stateKey().equals("course.status.entered")).forEach(places::addElement);
        cancelQuote.setText(" ");
        confirmCancel.setEnabled(false);
    }


    @Override
    public void showFacilities(List<Facility> all) {
        loading = true;
        facility.setModel(new DefaultComboBoxModel<>(all.toArray(new Facility[0])));
        facility.setSelectedIndex(-1);
        days.clear();
        slots.clear();
        quote.setText(" ");
        book.setEnabled(false);
        loading = false;
        message.say(" ", false);
    }

    @Override
    public void showDays(Facility chosen, List<CalendarDay> list) {
        loading = true;
        days.clear();
        list.forEach(days::addElement);
        slots.clear();
        book.setEnabled(false);
        quote.setText(" ");
        loading = false;
    }

    @Override
    public void showSlots(List<Slot> list) {
        loading = true;
        Slot was = slotList.getSelectedValue();
        slots.clear();
        list.forEach(slots::addElement);
        book.setEnabled(false);
        quote.setText(" ");
        loading = false;
        if (was != null) {
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i).id() == was.id()) {
                    slotList.setSelectedIndex(i);
                }
            }
        }
    }

    @Override
    public void showQuote(Slot slot, int people, Quote fee, Wish wish, Optional<Refusal> refusal) {
        String money = formats.money(fee.fee());
        quote.setText("<html>" + words.get("counter.behalf.quote", formats.shortStamp(slot.startsAt()), people,
                money, words.get(fee.basis().messageKey())) + refusal.map(r -> "<br><b>" + words.say(r) + "</b>").orElse("") + "</html>");
        quote.putClientProperty(FlatClientProperties.STYLE_CLASS, refusal.isPresent() ? "refusal" : null);
        book.setText(words.get(switch (wish) {
            case BOOK -> "counter.behalf.book";
            case WAIT -> "counter.behalf.wait";
            case LOTTERY -> "counter.behalf.enter";
        }));
        book.setEnabled(refusal.isEmpty());
    }

    @Override
    public void showCourses(List<CourseListing> list) {
        loading = true;
        courses.clear();
        list.forEach(courses::addElement);
        courseQuote.setText(" ");
        enrol.setEnabled(false);
        loading = false;
    }

    @Override
    public void showCourseQuote(CourseListing course, CourseEnrolments.CourseFee fee) {
        String money = formats.money(fee.fee());
        courseQuote.setText(words.get("counter.behalf.courseQuote", money, words.get(fee.basis().messageKey())));
        enrol.setEnabled(true);
    }

    @Override
    public void showCancelQuote(CancelQuote q) {
        cancelQuote.setText(words.get(q.paid() ? "counter.behalf.refundPaid" : "counter.behalf.refundUnpaid", q.booking().number(),
                formats.number(q.refund()), q.percent()));
        confirm = () -> presenter.cancel(q.booking().id());
        confirmCancel.setEnabled(true);
    }

    @Override
    public void showCourseCancelQuote(CourseCancelQuote q) {
        cancelQuote.setText(words.get("counter.behalf.courseRefund", q.course().title().in(words.language()), formats.number(q.refund())));
        confirm = () -> presenter.cancelCourse(q.enrolment().id());
        confirmCancel.setEnabled(true);
    }

    @Override
    public void showDone(String messageKey, Object... args) {
        message.say(words.get(messageKey, args), false);
        cancelQuote.setText(" ");
        confirmCancel.setEnabled(false);
    }

    @Override
    public void showRefusal(Refusal refusal) {
        message.say(words.say(refusal), true);
    }

    @Override
    public void showFailure() {
        message.say(words.get("counter.failure"), true);
    }
}
