package plandoc.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit record of a transaction: the moves that bring the staged files into the site, in order.
 * Once it is on disk the transaction is decided; every step can be run again without harm, so a
 * build killed while moving is finished by the next one.
 */
record Journal(List<Step> steps, int format) {
    static final String FILE = "journal.json";
    /** 2: a target under {@code .plandoc/} is in the state folder ({@link StateFolder}); 1 (up to s17): all in the site. */
    static final int FORMAT = 2;
    static final int OLD_FORMAT = 1;

    Journal {
        steps = List.copyOf(steps);
    }

    Journal(List<Step> steps) {
        this(steps, FORMAT);
    }

    /** What one step does to the site. */
    enum Kind {
        /** Replace the folder {@code target} by the staged folder {@code staged} (the old one is set aside). */
        FOLDER,
        /** Replace the file {@code target} by the staged file {@code staged}. */
        FILE,
        /** Take {@code target} out of the site (set aside, deleted with the transaction). */
        REMOVE
    }

    /**
     * @param staged path relative to the transaction folder ("" for {@link Kind#REMOVE})
     * @param target path relative to the site, or to its state folder when under {@code .plandoc/}
     */
    record Step(Kind kind, String staged, String target) {
    }

    byte[] bytes() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", format);
        ArrayNode array = root.putArray("steps");
        for (Step step : steps) {
            array.addObject().put("kind", step.kind().name()).put("staged", step.staged()).put("target", step.target());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /**
     * Reads a journal. A journal is written atomically, so one that cannot be read was not written by
     * plandoc; that is reported as an I/O fault rather than guessed at.
     */
    static Journal read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("unreadable journal " + file, e);
        }
        int format = root == null ? 0 : root.path("format").asInt();
        if (format != FORMAT && format != OLD_FORMAT) {
            throw new IOException("unknown journal format in " + file);
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode node : root.path("steps")) {
            steps.add(new Step(Kind.valueOf(node.path("kind").asText()), node.path("staged").asText(),
                    node.path("target").asText()));
        }
        return new Journal(steps, format);
    }
}
