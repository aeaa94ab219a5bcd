package plandoc.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import plandoc.diagnostic.Message;
import plandoc.render.UnusableFile;

/**
 * openhtmltopdf's font-metrics cache, kept for a whole build so the fonts' metrics are parsed once
 * rather than once per plan.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                // Thrown through the PDF library; the print's catch names the PDF and says this in the user's language.
                throw new UncheckedIOException(new UnusableFile(k,
                        Message.of("render.font-metrics-unreadable", k, String.valueOf(e.getMessage()))));
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
