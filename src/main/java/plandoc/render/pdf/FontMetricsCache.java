package plandoc.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
                throw new IllegalStateException("không đọc được số đo phông chữ " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
