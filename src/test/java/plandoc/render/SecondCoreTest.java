package plandoc.render;

import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.diagnostic.Message;
import plandoc.resolved.ResolvedPlan;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The office files are written on a second thread while the PDF prints ({@link SecondCore}): same
 * files, same order, same bytes as one after the other, and their failures reach the caller as before.
 */
class SecondCoreTest {

    @Test
    void theWorkRunsOnAThreadOfItsOwn() throws Exception {
        Future<String> work = SecondCore.start(() -> Thread.currentThread().getName());
        assertEquals("plandoc-office", SecondCore.result(work));
    }

    @Test
    void aRenderExceptionOfTheWorkReachesTheCaller() {
        RenderException failure = new RenderException(RenderProblem.Kind.INTERNAL, "x.docx",
                Message.of("render.office-failed", "boom"), "plan", null);
        Future<Object> work = SecondCore.start(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(RenderException.class, () -> SecondCore.result(work)));
    }

    @Test
    void anInterruptedCallerStillGetsTheResultAndKeepsItsInterrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> work = SecondCore.start(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "done";
        });
        Thread.currentThread().interrupt();
        new Thread(() -> {
            sleep(50);
            release.countDown();
        }).start();
        try {
            assertEquals("done", SecondCore.result(work));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theBundledPlansFilesComeInTheirOrderWithTheSameBytesEachTime() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-4086-2012")).resolved().orElseThrow();
        PlanRenderer renderer = TestRenderers.standard();
        RenderedPlan first = renderer.render(plan);
        RenderedPlan second = renderer.render(plan);
        List<String> names = first.files().stream().map(RenderedPlan.OutputFile::name).toList();
        int json = names.indexOf("plan.json");
        assertTrue(json > 0 && names.get(json + 1).endsWith(".docx"), "the DOCX right after plan.json: " + names);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".xlsx")), "the flagship has a budget workbook: " + names);
        assertEquals(names, second.files().stream().map(RenderedPlan.OutputFile::name).toList());
        for (int i = 0; i < names.size(); i++) {
            assertArrayEquals(first.files().get(i).bytes(), second.files().get(i).bytes(), names.get(i));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
