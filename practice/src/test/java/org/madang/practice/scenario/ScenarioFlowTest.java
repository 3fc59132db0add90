package org.madang.practice.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.madang.practice.lesson.Lesson;
import org.madang.practice.lesson.Step;
import org.madang.practice.pack.Packs;

/** A pack's machine without a screen: what each touch does, and every shipped pack lesson done by following its steps. */
class ScenarioFlowTest {
    private final List<String> shown = new ArrayList<>();
    private final List<Map<String, String>> done = new ArrayList<>();
    private final ScenarioFlow.Listener listener = new ScenarioFlow.Listener() {
        @Override
        public void changed(String screen) {
            shown.add(screen);
        }

        @Override
        public void done(Map<String, String> facts) {
            done.add(facts);
        }
    };

    private ScenarioFlow burgers() {
        return new ScenarioFlow(Packs.find("fastfood").orElseThrow(), 101, listener);
    }

    @Test
    void aMealToTakeOutPaidByCardEndsOnTheReceiptWithItsFactsAndNumber() {
        ScenarioFlow flow = burgers();
        assertThat(flow.touch("nav.back")).as("nothing before the first screen").isFalse();
        assertThat(flow.touch("choice.takeout")).isTrue();
        assertThat(flow.touch("cart.order")).as("an empty cart does not order").isFalse();
        flow.touch("item.bulgogi");
        assertThat(flow.screen()).isEqualTo("menu.item");
        flow.touch("option.set.meal");
        flow.touch("quantity.plus");
        flow.touch("item.add");
        assertThat(flow.screen()).isEqualTo("menu");
        assertThat(flow.total()).isEqualTo(2 * (4800 + 2000));
        flow.touch("cart.order");
        flow.touch("cart.less.1");
        assertThat(flow.total()).isEqualTo(6800);
        flow.touch("cart.pay");
        flow.touch("pay.card");
        assertThat(flow.screen()).isEqualTo("pay.card");
        flow.touch("pay.insert");
        assertThat(flow.screen()).isEqualTo("done");
        assertThat(flow.number()).isEqualTo(101);
        assertThat(done).containsExactly(Map.of("place", "takeout", "item.bulgogi", "1", "item.bulgogi.set", "meal", "payment", "card",
                "total", "6800"));
        assertThat(flow.canGoBack()).as("a paid order is not taken back").isFalse();
        flow.touch("receipt.finish");
        assertThat(flow.screen()).isEqualTo("where");
        assertThat(flow.cart()).isEmpty();
    }

    @Test
    void cashIsCountedNoteByNoteAndTheChangeGivenBack() {
        ScenarioFlow flow = burgers();
        flow.touch("choice.here");
        flow.touch("category.drinks");
        flow.touch("item.coffee");
        flow.touch("item.add");
        flow.touch("item.coffee");
        flow.touch("item.add");
        assertThat(flow.cart()).as("the same item twice is one line of two").hasSize(1);
        flow.touch("cart.order");
        flow.touch("cart.pay");
        flow.touch("pay.cash");
        flow.touch("cash.1000");
        assertThat(flow.screen()).isEqualTo("pay.cash");
        assertThat(flow.cashIn()).isEqualTo(1000);
        assertThat(flow.touch("cash.3000")).as("no such note").isFalse();
        flow.touch("cash.5000");
        assertThat(flow.screen()).isEqualTo("done");
        assertThat(flow.change()).isEqualTo(3000);
    }

    @Test
    void backAndTheFirstScreenUndoWhatTheyShould() {
        ScenarioFlow flow = burgers();
        flow.touch("choice.here");
        flow.touch("item.fries");
        flow.touch("nav.back");
        assertThat(flow.screen()).isEqualTo("menu");
        assertThat(flow.pending()).isEmpty();
        assertThat(flow.cart()).isEmpty();
        flow.touch("nav.back");
        assertThat(flow.screen()).isEqualTo("where");
        flow.touch("choice.takeout");
        flow.touch("item.fries");
        flow.touch("item.add");
        flow.touch("nav.home");
        assertThat(flow.screen()).isEqualTo("where");
        assertThat(flow.cart()).isEmpty();
        assertThat(flow.picked("place")).isEmpty();
        assertThat(done).isEmpty();
    }

    static List<Lesson> packLessons() {
        return Packs.shipped().stream().flatMap(p -> p.lessons().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packLessons")
    void everyShippedPackLessonIsDoneByFollowingItsSteps(Lesson lesson) {
        Pack pack = Packs.ofLesson(lesson.id()).orElseThrow();
        ScenarioFlow flow = new ScenarioFlow(pack, 1, listener);
        for (Step step : lesson.steps()) {
            assertThat(flow.screen()).as("%s: the screen of step '%s'", lesson.id(), step.say().en()).isEqualTo(step.target().screen());
            String control = pack.controls().get(flow.screen()).stream().filter(c -> step.target().matches(flow.screen(), c)
                    || c.endsWith("*") && step.target().control().startsWith(c.substring(0, c.length() - 1))).findFirst().orElseThrow();
            String touched = control.endsWith("*") ? step.target().control().replace("*", "1") : step.target().control().replace("*", "");
            assertThat(flow.touch(touched)).as("%s: %s does something", lesson.id(), touched).isTrue();
        }
        assertThat(done).as(lesson.id()).hasSize(1);
        assertThat(lesson.goal().metByEvent(ScenarioFlow.DONE, Map.copyOf(done.get(0)))).as("%s goal by %s", lesson.id(), done.get(0)).isTrue();
    }
}
