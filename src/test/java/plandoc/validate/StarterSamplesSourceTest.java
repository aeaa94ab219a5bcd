package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What StarterSamples recognises is what the starters write: a starter edited here must be edited there too. */
class StarterSamplesSourceTest {
    @Test
    void everySampleIsInBothStarters() throws IOException {
        for (String type : List.of("ke-hoach", "quyet-dinh")) {
            String starter;
            try (InputStream in = StarterSamplesSourceTest.class.getResourceAsStream("/plandoc/scaffold/" + type + ".yaml")) {
                starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(starter.contains("\n    name: " + StarterSamples.SIGNER + "\n"), type);
            StarterSamples.ROWS.forEach((id, title) -> assertTrue(starter.contains("- id: " + id + "\n        title: "
                    + title + "\n"), type + ": " + id));
            StarterSamples.AMOUNTS.forEach((id, amounts) -> assertTrue(starter.contains("- id: " + id + "\n")
                    && starter.contains("amounts: { " + amounts.replace("=", ": ") + " }"), type + ": " + id));
        }
    }
}
