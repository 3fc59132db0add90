package org.madang.counter.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.Refusal;
import org.madang.core.care.CareCatalogue;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.demo.DemoSeeder;
import org.madang.core.facility.Localized;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** An administrator extends the kinds of need and the welfare services; the kiosk's topics follow; nobody else may. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CareCataloguePresenterTest {

    static final class Seen implements CareCatalogueView {
        final List<String> said = new ArrayList<>();
        List<CatalogueEntry> needs = List.of();
        List<CatalogueEntry> services = List.of();

        @Override
        public void showLists(List<CatalogueEntry> needKinds, List<CatalogueEntry> welfareServices) {
            needs = needKinds;
            services = welfareServices;
        }

        @Override
        public void showSaved(CatalogueEntry entry) {
            said.add("saved:" + entry.code());
        }

        @Override
        public void showInvalid(Map<String, Refusal> fields) {
            said.add("invalid:" + String.join(",", new java.util.TreeSet<>(fields.keySet())));
        }

        @Override
        public void showRefusal(Refusal refusal) {
            said.add("refused:" + refusal.messageKey());
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }

    @Test
    void anAdministratorAddsATopicTheKioskOffersAndSwitchesAServiceOff() {
        try (CounterFixture f = new CounterFixture()) {
            Seen view = new Seen();
            CareCataloguePresenter admin = new CareCataloguePresenter(view, f.services.care().catalogue(), new DirectTasks(),
                    DemoSeeder.DEMO_ADMIN_LOGIN);
            admin.reload();
            assertThat(view.needs).hasSize(7);
            assertThat(view.services).hasSizeGreaterThanOrEqualTo(20);
            admin.save(CareCatalogue.Part.NEEDS, new CatalogueEntry("digital", new Localized("", "Digital"), true));
            admin.save(CareCatalogue.Part.NEEDS, new CatalogueEntry("DIGITAL", new Localized("디지털 역량", "Digital skills"), true));
            admin.save(CareCatalogue.Part.SERVICES, new CatalogueEntry("FOOD_BANK", new Localized("푸드뱅크", "Food bank"), false));
            assertThat(view.said).containsExactly("invalid:code,nameKo", "saved:DIGITAL", "saved:FOOD_BANK");
            assertThat(view.needs).hasSize(8);
            assertThat(f.kiosk.welfareRequests().topics()).extracting(CatalogueEntry::code).contains("DIGITAL");
            assertThat(f.services.care().catalogue().services(true)).extracting(CatalogueEntry::code).doesNotContain("FOOD_BANK");

            Seen clerkView = new Seen();
            new CareCataloguePresenter(clerkView, f.services.care().catalogue(), new DirectTasks(), DemoSeeder.DEMO_SUPERVISOR_LOGIN)
                    .save(CareCatalogue.Part.NEEDS, new CatalogueEntry("OTHER", new Localized("기타", "Other"), true));
            assertThat(clerkView.said).containsExactly("refused:clerk.refused.care_catalogue");
        }
    }
}
