package plandoc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import plandoc.Generator;
import plandoc.render.docx.PlanDocument;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.ResolvedPlan;

/**
 * The Word and Excel writers in a fresh JVM (issue 17): thread CPU and wall time of the first and a
 * later call of each, with a digest of the bytes so variants can be compared for identical output.
 * Run it with the wrapper's flags to see what a build sees:
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp 'target/test-classes:target/plandoc.jar:target/lib/*'
 * plandoc.bench.OfficeCold content/ha-tinh-4086-2012 [repeats]
 */
public final class OfficeCold {

    public static void main(String[] args) throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of(args[0])).resolved().orElseThrow();
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < repeats; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            byte[] docx = new PlanDocument().write(plan);
            long docxCpu = threads.getCurrentThreadCpuTime() - cpu;
            long docxWall = System.nanoTime() - wall;
            cpu = threads.getCurrentThreadCpuTime();
            wall = System.nanoTime();
            byte[] xlsx = new BudgetWorkbook().write(plan);
            long xlsxCpu = threads.getCurrentThreadCpuTime() - cpu;
            long xlsxWall = System.nanoTime() - wall;
            System.out.printf("call %d: docx %d ms cpu %d ms wall %d B %s; xlsx %d ms cpu %d ms wall %d B %s%n", i + 1,
                    docxCpu / 1_000_000, docxWall / 1_000_000, docx.length, sha(docx),
                    xlsxCpu / 1_000_000, xlsxWall / 1_000_000, xlsx.length, sha(xlsx));
        }
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    }
}
