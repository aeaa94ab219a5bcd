package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;

class RenderersTest {
    /**
     * A build's head start holds the set-up's lock while it makes the plan renderer (fonts, templates: hundreds of
     * milliseconds cold); the main thread asking for the templates' digest meanwhile must not wait for it (issue 17).
     */
    @Test
    void theTemplatesKeyIsReadWhileAnotherThreadHoldsTheSetUp() throws Exception {
        Renderers renderers = new Renderers(Path.of("templates"), RenderSettings.defaults());
        String key = renderers.templatesKey();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            synchronized (renderers) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        holder.start();
        try {
            held.await();
            assertEquals(key, CompletableFuture.supplyAsync(renderers::templatesKey).get(5, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            holder.join();
        }
    }
}
