package lt.iunija.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void embeddedH2WritesEveryCommitWhenItIsMade() {
        assertEquals(
                "jdbc:h2:file:./data/db/iunija;WRITE_DELAY=0",
                ConfiguredDataSource.durable("jdbc:h2:file:./data/db/iunija"));
        assertEquals("jdbc:h2:./x;MODE=LEGACY;WRITE_DELAY=0", ConfiguredDataSource.durable("jdbc:h2:./x;MODE=LEGACY"));
    }

    @Test
    void anOperatorsOwnSettingAndOtherDatabasesAreLeftAlone() {
        assertEquals(
                "jdbc:h2:file:./x;write_delay=100", ConfiguredDataSource.durable("jdbc:h2:file:./x;write_delay=100"));
        assertEquals("jdbc:h2:mem:test", ConfiguredDataSource.durable("jdbc:h2:mem:test"));
        assertEquals("jdbc:h2:tcp://db/iunija", ConfiguredDataSource.durable("jdbc:h2:tcp://db/iunija"));
        assertEquals("jdbc:postgresql://db/iunija", ConfiguredDataSource.durable("jdbc:postgresql://db/iunija"));
    }
}
