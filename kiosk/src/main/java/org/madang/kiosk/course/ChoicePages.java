package org.madang.kiosk.course;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.madang.core.course.CourseFilter;
import org.madang.core.course.CourseWishes;
import org.madang.kiosk.shell.Blocks;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.KoreanKeyboard;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Navigator;
import org.madang.ui.CourseWords;
import org.madang.ui.widget.TouchButton;
import org.madang.ui.widget.WrappingText;

/**
 * The course screens made of choices: narrowing the list (subject, for whom, day, time of day,
 * a free seat, a word) and the course wish (subject, day, time of day, own words), each on
 * its Korean keyboard, which keeps what was typed while the choices change around it.
 */
final class ChoicePages {
    /** The most characters of a word search. */
    private static final int SEARCH_LIMIT = 20;

    private final Look look;
    private final Navigator navigator;
    private final CoursePresenter presenter;
    private final Runnable finish;
    private final KioskPage filter;
    private final KioskPage wish;
    private final KioskPage wished;
    private final KoreanKeyboard keyboard;
    private final KoreanKeyboard searchKeyboard;

    ChoicePages(Look look, Navigator navigator, CoursePresenter presenter, Runnable finish) {
        this.look = look;
        this.navigator = navigator;
        this.presenter = presenter;
        this.finish = finish;
        filter = page(CourseScreens.FILTER, "courses.filter.title");
        filter.setHint(look.words().get("courses.filter.hint"));
        wish = page(CourseScreens.WISH, "courses.wish.title");
        wish.setHint(look.words().get("courses.wish.hint"));
        wished = page(CourseScreens.WISHED, "courses.wished.title");
        keyboard = new KoreanKeyboard(look, "wish.keyboard", CourseWishes.MAX_WORDS, look.words().get("courses.wish.wordsEmpty"),
                presenter::wishWords);
        searchKeyboard = new KoreanKeyboard(look, "search.keyboard", SEARCH_LIMIT, look.words().get("courses.filter.wordsEmpty"),
                presenter::filterWords);
    }

    private KioskPage page(String id, String titleKey) {
        KioskPage p = new KioskPage(look, id);
        p.setTitle(look.words().get(titleKey));
        navigator.register(id, p);
        return p;
    }

    void showFilter(CourseFilter f) {
        JPanel body = Blocks.column(look);
        body.add(Blocks.heading(look, "courses.filter.category"));
        body.add(choices("filter.category", f.category(), CoursePresenter.categories(), c -> look.words().get(CourseWords.category(c)),
                v -> presenter.narrow(f.withCategory(v))));
        body.add(Blocks.heading(look, "courses.filter.age"));
        body.add(choices("filter.age", f.ageGroup(), CoursePresenter.ageGroups(), a -> look.words().get(CourseWords.ageGroup(a)),
                v -> presenter.narrow(f.withAgeGroup(v))));
        body.add(Blocks.heading(look, "courses.filter.weekday"));
        body.add(choices("filter.weekday", f.weekday(), List.of(1, 2, 3, 4, 5, 6),
                d -> java.time.DayOfWeek.of(d).getDisplayName(TextStyle.FULL, look.words().locale()), v -> presenter.narrow(f.withWeekday(v))));
        body.add(Blocks.heading(look, "courses.filter.time"));
        body.add(choices("filter.time", f.timeOfDay(), List.of(CourseFilter.TimeOfDay.values()), t -> look.words().get(CourseWords.timeOfDay(t)),
                v -> presenter.narrow(f.withTimeOfDay(v))));
        body.add(Blocks.heading(look, "courses.filter.seats"));
        body.add(choices("filter.seats", f.openSeatsOnly() ? Optional.of(Boolean.TRUE) : Optional.empty(), List.of(Boolean.TRUE),
                t -> look.words().get("courses.filter.openSeats"), v -> presenter.narrow(f.withOpenSeatsOnly(v.isPresent()))));
        body.add(Blocks.heading(look, "courses.filter.words"));
        if (!searchKeyboard.text().equals(f.words())) {
            searchKeyboard.setText(f.words());
        }
        body.add(searchKeyboard);
        TouchButton show = new TouchButton("filter.show", look.words().get("courses.filter.show"), "primary", look.scale());
        show.addActionListener(e -> presenter.applyFilter());
        body.add(show, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        TouchButton clear = new TouchButton("filter.clear", look.words().get("courses.filter.clear"), "tile", look.scale());
        clear.addActionListener(e -> presenter.clearFilter());
        body.add(clear, "hmin " + look.button());
        if (CourseScreens.FILTER.equals(navigator.current())) {
            filter.showScrollingInPlace(body);
        } else {
            filter.showScrolling(body);
            navigator.show(CourseScreens.FILTER);
        }
    }

    /** A row of choices with "Any" first; the chosen one ringed and ticked. */
    private <T> JPanel choices(String name, Optional<T> chosen, List<T> options, java.util.function.Function<T, String> label,
                               Consumer<Optional<T>> choose) {
        return choices(name, Optional.of("courses.filter.any"), chosen, options, label, choose);
    }

    /** A row of choices, with {@code anyKey}'s choice first when given; the chosen one ringed and ticked. */
    private <T> JPanel choices(String name, Optional<String> anyKey, Optional<T> chosen, List<T> options,
                               java.util.function.Function<T, String> label, Consumer<Optional<T>> choose) {
        int columns = look.landscape() ? 4 : 3;
        JPanel row = new JPanel(new MigLayout("fillx, wrap " + columns + ", insets 0, gap " + look.gap(), "[grow, fill, sg f]".repeat(columns)));
        row.setOpaque(false);
        anyKey.ifPresent(key -> row.add(pressed(Blocks.choice(look, name + ".any", List.of(look.words().get(key)), chosen.isEmpty()),
                () -> choose.accept(Optional.empty())), "hmin " + look.button()));
        for (T o : options) {
            String id = o instanceof Enum<?> en ? en.name() : String.valueOf(o);
            row.add(pressed(Blocks.choice(look, name + "." + id, List.of(label.apply(o)), chosen.map(o::equals).orElse(false)),
                    () -> choose.accept(Optional.of(o))),
                    "hmin " + look.button());
        }
        return row;
    }


    private static TouchButton pressed(TouchButton b, Runnable action) {
        b.addActionListener(e -> action.run());
        return b;
    }

    void showWish(WishDraft draft, String noteKey) {
        JPanel body = Blocks.column(look);
        body.add(Blocks.heading(look, "courses.wish.topic"));
        List<String> topics = new ArrayList<>(CoursePresenter.categories());
        topics.add(CourseWishes.OTHER);
        body.add(choices("wish.topic", Optional.empty(), draft.topic(), topics, t -> look.words().get(CourseWords.category(t)),
                v -> presenter.changeWish(draft.withTopic(v))));
        body.add(Blocks.heading(look, "courses.filter.weekday"));
        body.add(choices("wish.weekday", Optional.of("courses.wish.any"), draft.weekday(), List.of(1, 2, 3, 4, 5, 6, 7),
                d -> java.time.DayOfWeek.of(d).getDisplayName(TextStyle.FULL, look.words().locale()), v -> presenter.changeWish(draft.withWeekday(v))));
        body.add(Blocks.heading(look, "courses.filter.time"));
        body.add(choices("wish.time", Optional.of("courses.wish.any"), draft.timeOfDay(), List.of(CourseFilter.TimeOfDay.values()),
                t -> look.words().get(CourseWords.timeOfDay(t)),
                v -> presenter.changeWish(draft.withTimeOfDay(v))));
        body.add(Blocks.heading(look, "courses.wish.words"));
        if (keyboard.getParent() == null || !keyboard.text().equals(draft.words())) {
            keyboard.setText(draft.words());
        }
        body.add(keyboard);
        if (noteKey != null) {
            WrappingText note = new WrappingText("wish.note", "refusal");
            note.say(look.words().get(noteKey));
            body.add(note);
        }
        TouchButton send = new TouchButton("wish.send", look.words().get("courses.wish.send"), "primary", look.scale());
        send.addActionListener(e -> presenter.sendWish());
        body.add(send, "gaptop " + look.scale().mm(6) + ", hmin " + look.bigButton());
        if (CourseScreens.WISH.equals(navigator.current()) && noteKey == null) {
            wish.showScrollingInPlace(body);
        } else {
            wish.showScrolling(body);
            if (!CourseScreens.WISH.equals(navigator.current())) {
                navigator.show(CourseScreens.WISH);
            }
        }
    }

    void showWishSent(WishDraft draft, int sameSubject) {
        wished.setHint("");
        JPanel body = Blocks.column(look);
        WrappingText thanks = new WrappingText("wished.thanks", "good");
        thanks.say(look.words().get("courses.wished.thanks", look.words().get(CourseWords.category(draft.topic().orElse(CourseWishes.OTHER))),
                sameSubject));
        body.add(thanks);
        TouchButton end = new TouchButton("wished.finish", look.words().get("booking.done.finish"), "primary", look.scale());
        end.addActionListener(e -> finish.run());
        TouchButton back = new TouchButton("wished.courses", look.words().get("courses.mine.browse"), "tile", look.scale());
        back.addActionListener(e -> presenter.start());
        body.add(end, "gaptop " + look.scale().mm(8) + ", hmin " + look.bigButton());
        body.add(back, "hmin " + look.button());
        wished.showScrolling(body);
        navigator.showWithoutReturn(CourseScreens.WISHED);
    }

}
