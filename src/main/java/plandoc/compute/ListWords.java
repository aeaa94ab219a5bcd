package plandoc.compute;

import java.util.List;
import plandoc.diagnostic.Messages;

/**
 * "a, b và c" ("a, b and c" in English): the one way compute joins words into a list, its patterns in the
 * message bundles ({@code list.and.*}, CLDR's for Vietnamese). Not ICU4J's {@code ListFormatter}, which gives the
 * same Vietnamese but reads ICU's locale data on first use: 90–200 ms of a cold build that otherwise never loads
 * it (docs/benchmarks.md, "s19-small"), the cost that kept ICU's plural format out of {@link Messages}.
 */
final class ListWords {
    private final Messages messages;

    ListWords(Messages messages) {
        this.messages = messages;
    }

    /** The items joined, the last with "và" ("and"); one item as it is. */
    String and(List<String> items) {
        if (items.size() <= 2) {
            return items.size() == 1 ? items.get(0) : messages.text("list.and.two", items.get(0), items.get(1));
        }
        String joined = items.get(0);
        for (String item : items.subList(1, items.size() - 1)) {
            joined = messages.text("list.and.middle", joined, item);
        }
        return messages.text("list.and.end", joined, items.get(items.size() - 1));
    }
}
