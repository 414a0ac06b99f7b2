package dev.summarizer.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductNamesTest {

    private static boolean product(String name) {
        return ProductNames.isProduct(name, new Mention(name, 0, name.length(), 0, EntityType.ORGANIZATION));
    }

    @Test
    void consolesPhonesComputersAndSystemsAreProducts() {
        assertTrue(product("PlayStation"));
        assertTrue(product("Sony PlayStation"));
        assertTrue(product("PlayStation Portable"));
        assertTrue(product("Xbox 360"));
        assertTrue(product("Nintendo DS"));
        assertTrue(product("Mac Mini"));
        assertTrue(product("Windows XP Media Centre"));
        assertTrue(product("Microsoft Windows"));
        assertTrue(product("Samsung Galaxy"));
        assertTrue(product("PSP"));
        assertTrue(product("HD"));
    }

    @Test
    void anAircraftMakerBeforeAModelNumberIsTheAircraft() {
        String text = "a Boeing 737 of the airline, then an Airbus A320. Boeing said";
        assertTrue(ProductNames.isProduct(text, new Mention("Boeing", 2, 8, 0, EntityType.ORGANIZATION)));
        assertTrue(ProductNames.isProduct(text, new Mention("Airbus", 37, 43, 0, EntityType.ORGANIZATION)));
        assertFalse(ProductNames.isProduct(text, new Mention("Boeing", 50, 56, 1, EntityType.ORGANIZATION)));
        String orders = "orders with Boeing 18 months ago and Boeing 300 jobs";
        assertFalse(ProductNames.isProduct(orders, new Mention("Boeing", 12, 18, 0, EntityType.ORGANIZATION)));
        assertFalse(ProductNames.isProduct(orders, new Mention("Boeing", 37, 43, 0, EntityType.ORGANIZATION)));
    }

    @Test
    void aPersonIsNoProduct() {
        String text = "Windows, 45, from Bradford, said";
        assertFalse(ProductNames.isProduct(text, new Mention("Windows", 0, 7, 0, EntityType.PERSON)));
    }

    @Test
    void theDsIsTheConsoleOnceTheTextNamesIt() {
        String text = "Nintendo DS sales rose. The DS costs 99 pounds. DS Smith, the packaging firm, fell.";
        assertTrue(ProductNames.isProduct(text, new Mention("DS", 28, 30, 1, EntityType.ORGANIZATION)));
        String police = "DS Kate Reilly arrested him. DS said nothing.";
        assertFalse(ProductNames.isProduct(police, new Mention("DS", 29, 31, 1, EntityType.ORGANIZATION)));
    }

    @Test
    void makersAndNamesThatAreAlsoOtherThingsAreNot() {
        assertFalse(product("Sony"));
        assertFalse(product("Nintendo"));
        assertFalse(product("Microsoft"));
        assertFalse(product("Genesis"));
        assertFalse(product("Galaxy"));
        assertFalse(product("Freddie Mac"));
        assertFalse(product("Mac"));
    }
}
