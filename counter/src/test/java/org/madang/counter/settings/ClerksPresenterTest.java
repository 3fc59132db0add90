package org.madang.counter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.clerk.ClerkAccount;
import org.madang.core.clerk.Role;
import org.madang.core.clerk.SignIn;
import org.madang.core.demo.DemoSeeder;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ClerksPresenterTest {

    static final class Seen implements ClerksView {
        final List<String> said = new ArrayList<>();
        List<ClerkAccount> accounts = List.of();
        List<org.madang.core.clerk.ClerkAccounts.Place> places = List.of();
        String temporary = "";

        @Override
        public void showAccounts(List<ClerkAccount> shown) {
            accounts = shown;
        }

        @Override
        public void showPlaces(List<org.madang.core.clerk.ClerkAccounts.Place> shown) {
            places = shown;
        }

        @Override
        public void showDone(ClerkAccount account, String doneKey, Optional<String> temporaryPassword) {
            said.add(doneKey + ":" + account.login());
            temporary = temporaryPassword.orElse("");
        }

        @Override
        public void showRefusal(Refusal refusal) {
            said.add("refused:" + refusal.messageKey());
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }

        @Override
        public void setBusy(boolean busy) {
            // not recorded
        }
    }

    @Test
    void anAdminMakesAnAccountWhoseTemporaryPasswordSignsInOnce() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            ClerksPresenter presenter = new ClerksPresenter(view, f.services.accounts(), new DirectTasks(), DemoSeeder.DEMO_ADMIN_LOGIN);
            presenter.reload();
            assertThat(view.accounts).extracting(ClerkAccount::login).contains("clerk1", "lead", "admin", "tester");
            presenter.create("kim.officer", "김담당", Role.OFFICER);
            assertThat(view.said).containsExactly("counter.clerks.created:kim.officer");
            assertThat(view.accounts).filteredOn(a -> a.login().equals("kim.officer")).singleElement()
                    .satisfies(a -> assertThat(a.mustChangePassword()).isTrue());
            assertThat(f.services.clerks().signIn("kim.officer", view.temporary.toCharArray()))
                    .isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.clerk().role()).isEqualTo(Role.OFFICER));

            presenter.create("kim.officer", "또 김담당", Role.CLERK);
            presenter.setRole("kim.officer", Role.WELFARE);
            presenter.setActive("kim.officer", false);
            presenter.setActive(DemoSeeder.DEMO_ADMIN_LOGIN, false);
            assertThat(view.said).endsWith("refused:clerk.account.loginTaken", "counter.clerks.roleChanged:kim.officer",
                    "counter.clerks.deactivated:kim.officer", "refused:clerk.account.notYourself");
            assertThat(f.services.clerks().signIn("kim.officer", view.temporary.toCharArray())).isInstanceOf(SignIn.Rejected.class);
        }
    }

    @Test
    void aClerkWhoReachesTheSettingsAnywayIsToldOnlyAnAdminMay() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            ClerksPresenter presenter = new ClerksPresenter(view, f.services.accounts(), new DirectTasks(), "tester");
            presenter.reload();
            presenter.resetPassword("clerk1");
            assertThat(view.said).containsExactly("refused:clerk.refused.manage_clerks", "refused:clerk.refused.manage_clerks");
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkPasswordReset'")).isZero();
        }
    }

    @Test
    void theCountysAdministratorMakesAnAccountOfTheCountyOrOfAnotherCentre() {
        try (CounterFixture f = new CounterFixture()) {
            f.site.database.jdbi().useHandle(h -> {
                h.execute("INSERT INTO centre (code, name) VALUES ('haneul', '하늘면 행정복지센터')");
                h.execute("UPDATE clerk SET site = NULL WHERE login = ?", DemoSeeder.DEMO_ADMIN_LOGIN);
            });
            Seen view = new Seen();
            ClerksPresenter presenter = new ClerksPresenter(view, f.services.accounts(), new DirectTasks(), DemoSeeder.DEMO_ADMIN_LOGIN);
            presenter.reload();
            assertThat(view.places).extracting(org.madang.core.clerk.ClerkAccounts.Place::centre).containsExactly("main", "haneul", null);

            presenter.create("county.desk", "군 담당", Role.SUPERVISOR, view.places.get(2));
            assertThat(f.services.clerks().signIn("county.desk", view.temporary.toCharArray())).as("the county's staff sign in at every centre")
                    .isInstanceOfSatisfying(SignIn.SignedIn.class, s -> assertThat(s.clerk().ofCounty()).isTrue());
            presenter.create("haneul.desk", "하늘 담당", Role.CLERK, view.places.get(1));
            assertThat(f.services.clerks().signIn("haneul.desk", view.temporary.toCharArray())).as("another centre's: not here")
                    .isEqualTo(new SignIn.OtherCentre("하늘면 행정복지센터"));

            assertThat(view.said).containsExactly("counter.clerks.created:county.desk", "counter.clerks.created:haneul.desk");
            assertThat(view.accounts).filteredOn(a -> a.login().equals("county.desk")).singleElement()
                    .satisfies(a -> assertThat(a.centre()).isNull());
            assertThat(view.accounts).filteredOn(a -> a.login().equals("haneul.desk")).singleElement()
                    .satisfies(a -> assertThat(a.centre()).isEqualTo("haneul"));
            assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ClerkAdded' AND payload LIKE '%\"centre\":\"county\"%'"))
                    .isEqualTo(1);

            // a centre's administrator is offered no other place, and is refused one
            Seen centres = new Seen();
            f.site.database.jdbi().useHandle(h -> h.execute("UPDATE clerk SET role = 'ADMIN' WHERE login = 'clerk2'"));
            ClerksPresenter clerk2 = new ClerksPresenter(centres, f.services.accounts(), new DirectTasks(), "clerk2");
            clerk2.reload();
            assertThat(centres.places).isEmpty();
            clerk2.create("sneaky", "누구", Role.ADMIN, view.places.get(2));
            assertThat(centres.said).containsExactly("refused:clerk.account.countyOnly");
        }
    }
}
