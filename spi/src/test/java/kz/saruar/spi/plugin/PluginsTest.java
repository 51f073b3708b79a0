package kz.saruar.spi.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.saruar.spi.Provider;
import kz.saruar.spi.direction.DirectionProvider;
import kz.saruar.spi.notification.NotificationProvider;
import kz.saruar.spi.storage.StorageProvider;
import org.junit.jupiter.api.Test;

/** The one discovery loop, ordering rule and warnings list of every extension point (CAT-02 and the others). */
class PluginsTest {
    @Test
    void CAT_02_providers_handed_in_code_are_ordered_by_priority_then_name_never_by_insertion() {
        Plugins plugins = Plugins.builder()
                .directions(TestPlugins.directions("b", 0), TestPlugins.directions("z", 10), TestPlugins.directions("a", 0))
                .withoutDiscovery()
                .build();
        assertThat(plugins.directions()).extracting(DirectionProvider::providerName).containsExactly("z", "a", "b");
        assertThat(plugins.warnings()).isEmpty();
    }

    @Test
    void a_broken_or_missing_discovered_provider_is_a_warning_and_the_others_still_load() {
        Plugins plugins = Plugins.discover();
        assertThat(plugins.notifications()).extracting(NotificationProvider::providerName)
                .containsExactly("mail", "sms");
        List<PluginWarning> warnings = plugins.warnings(NotificationProvider.class);
        assertThat(warnings).hasSize(2);
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.service()).isEqualTo("NotificationProvider");
            assertThat(w.provider()).isEqualTo(TestPlugins.BrokenConstructor.class.getName());
            assertThat(w.location()).contains("test-classes");
            assertThat(w.cause()).contains("no SMTP host configured");
        });
        assertThat(warnings).anySatisfy(w -> assertThat(w.message()).contains("DoesNotExist"));
    }

    @Test
    void two_discovered_providers_with_one_name_are_refused_naming_both() {
        Plugins plugins = Plugins.discover();
        assertThatThrownBy(plugins::storage).isInstanceOf(PluginException.class)
                .hasMessageContaining("shared-name")
                .hasMessageContaining(TestPlugins.StoreA.class.getName())
                .hasMessageContaining(TestPlugins.StoreB.class.getName());
    }

    @Test
    void two_handed_in_providers_with_one_name_are_refused_at_build() {
        Plugins.Builder b = Plugins.builder().directions(TestPlugins.directions("same", 1), TestPlugins.directions("same", 2));
        assertThatThrownBy(b::build).isInstanceOf(PluginException.class).hasMessageContaining("\"same\"")
                .hasMessageContaining(Plugins.HANDED_IN_CODE);
    }

    @Test
    void the_same_class_handed_in_and_discovered_is_one_plugin_the_handed_in_instance() {
        TestPlugins.Sms mine = new TestPlugins.Sms();
        Plugins plugins = Plugins.builder().notifications(mine).build();
        assertThat(plugins.notifications()).filteredOn(p -> p.providerName().equals("sms")).containsExactly(mine);
    }

    @Test
    void without_discovery_nothing_is_looked_up() {
        Plugins plugins = Plugins.none();
        assertThat(plugins.notifications()).isEmpty();
        assertThat(plugins.storage()).isEmpty();
        assertThat(plugins.warnings()).isEmpty();
        assertThat(plugins.discovers()).isFalse();
    }

    @Test
    void a_provider_whose_name_throws_is_skipped_with_a_warning() {
        Plugins plugins = Plugins.builder().holidays(TestPlugins.nameless()).withoutDiscovery().build();
        assertThat(plugins.holidays()).isEmpty();
        assertThat(plugins.warnings()).singleElement()
                .satisfies(w -> assertThat(w.cause()).contains("name lookup failed"));
    }

    @Test
    void to_builder_keeps_what_was_handed_in_and_adds_more() {
        Plugins one = Plugins.builder().directions(TestPlugins.directions("a", 0)).withoutDiscovery().build();
        Plugins two = one.toBuilder().directions(TestPlugins.directions("b", 0)).build();
        assertThat(two.directions()).extracting(DirectionProvider::providerName).containsExactly("a", "b");
        assertThat(one.directions()).hasSize(1);
        assertThat(two.discovers()).isFalse();
    }


    @Test
    void every_provider_interface_shares_the_same_name_and_priority_defaults() {
        for (Class<?> kind : List.of(DirectionProvider.class, NotificationProvider.class, StorageProvider.class,
                kz.saruar.spi.document.DocumentTemplateProvider.class, kz.saruar.spi.calendar.HolidayCalendarProvider.class)) {
            assertThat(Provider.class).isAssignableFrom(kind);
            assertThat(List.of(kind.getDeclaredMethods())).extracting(java.lang.reflect.Method::getName)
                    .doesNotContain("providerName", "priority");
        }
        Provider p = new Provider() { };
        assertThat(p.priority()).isZero();
        assertThat(p.providerName()).isEqualTo(p.getClass().getName());
    }
}
