package plandoc.render.office;

import org.apache.xmlbeans.impl.schema.ClassLoaderResourceLoader;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** XMLBeans' schema types read from their type system's jar: the bytes the class loader finds. */
class SchemaResourcesTest {
    private static final String FOLDER = "org/apache/poi/schemas/ooxml/system/ooxml/";

    @Test
    void aTypeIsTheClassLoadersResource() throws Exception {
        ClassLoader loader = CTRPr.class.getClassLoader();
        // CTRPr's compiled type, as XMLBeans names it in POI 5.5.1's schema jar.
        String name = FOLDER + "ctrpr097etype.xsb";
        try (InputStream direct = SchemaResources.open(loader, name);
             InputStream looked = loader.getResourceAsStream(name)) {
            assertNotNull(direct, name);
            assertNotNull(looked, name);
            assertArrayEquals(looked.readAllBytes(), direct.readAllBytes());
        }
    }

    @Test
    void otherResourcesAreLeftToTheClassLoader() {
        ClassLoader loader = CTRPr.class.getClassLoader();
        assertNull(SchemaResources.open(loader, FOLDER + "index.xsb"), "the index finds the jar");
        assertNull(SchemaResources.open(loader, FOLDER + "no-such-type.xsb"));
        assertNull(SchemaResources.open(loader, "plandoc/messages_vi.properties"));
        assertNull(SchemaResources.open(null, FOLDER + "x.xsb"));
    }

    /** What XMLBeans' resource loader returns (buffered): the class loader's bytes, or nothing. */
    @Test
    void theResourceLoaderReturnsTheClassLoadersBytes() throws Exception {
        ClassLoader loader = CTRPr.class.getClassLoader();
        ClassLoaderResourceLoader resources = new ClassLoaderResourceLoader(loader);
        for (String name : new String[] {FOLDER + "index.xsb", FOLDER + "ctrpr097etype.xsb",
                "plandoc/messages_vi.properties"}) {
            try (InputStream read = resources.getResourceAsStream(name);
                 InputStream looked = loader.getResourceAsStream(name)) {
                assertNotNull(read, name);
                assertArrayEquals(looked.readAllBytes(), read.readAllBytes(), name);
            }
        }
        assertNull(resources.getResourceAsStream(FOLDER + "no-such-type.xsb"));
    }

    /** XMLBeans loads its types through plandoc's copy of ClassLoaderResourceLoader. */
    @Test
    void xmlBeansUsesThePatchedLoader() {
        assertEquals(SchemaResources.class.getProtectionDomain().getCodeSource().getLocation(),
                ClassLoaderResourceLoader.class.getProtectionDomain().getCodeSource().getLocation());
    }
}
