package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;

/** A file is one YAML document: a "---" inside it would cut off everything below (s25 review H1). */
class YamlDocumentsTest {
    private final Problems problems = new Problems();

    private YamlNode read(String yaml) {
        return new YamlTreeReader().read(SourceFile.of("plan.yaml", yaml), problems);
    }

    private List<String> found() {
        return problems.sorted().stream().map(p -> p.at().line() + ":" + p.message().key()).toList();
    }

    @Test
    void aSeparatorInTheMiddleIsAnErrorAtItsLineAndNothingIsRead() {
        assertNull(read("document:\n  type: ke-hoach\n---\nplan:\n  title: Kế hoạch\n"));
        assertEquals(List.of("3:yaml.second-document"), found());
    }

    @Test
    void aDocumentEndMarkerFollowedByKeysIsTheSame() {
        assertNull(read("document:\n  type: ke-hoach\n# tiếp theo\n---\nplan: {}\n"));
        assertEquals(List.of("4:yaml.second-document"), found());
    }

    @Test
    void aSeparatorOnTheFirstLineOpensTheDocument() {
        assertNotNull(read("---\ndocument:\n  type: ke-hoach\n"));
        assertEquals(List.of(), found());
    }

    @Test
    void aSeparatorAfterCommentsOpensTheDocumentAndTheSecondIsNamed() {
        assertNull(read("# Kế hoạch\n---\ndocument:\n  type: ke-hoach\n---\nplan: {}\n"));
        assertEquals(List.of("5:yaml.second-document"), found());
    }

    @Test
    void aSeparatorWithNothingAfterItLosesNothing() {
        assertNotNull(read("document:\n  type: ke-hoach\n---\n# chỉ một ghi chú\n"));
        assertEquals(List.of(), found());
    }
}
