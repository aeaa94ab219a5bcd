package plandoc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/** The machine a benchmark ran on, for the record next to its numbers. */
final class Machine {
    /** Pages first touched per reading of the fault cost, and readings (their median is given). */
    private static final int PAGES = 4096;
    private static final int READINGS = 5;

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String memory = "";
        String load = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.0f GiB",
                            Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("");
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's view below still says something
        }
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %s RAM, %s %s, Java %s (%s); load average at start: %s; %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"), load,
                fingerprint());
    }

    /**
     * Which VM this is, and how dear it makes entering the kernel: its boot time, a digest of its kernel's command
     * line, and the CPU one page fault costs here (docs/benchmarks.md, "s29-cold": the same Chromium printed the same
     * page 2.3× slower on a VM whose faults cost ~16 µs; a multi-process browser faults 3–5× more than plandoc). Wall
     * ratios against the peer are comparable only between runs that print the same boot time and digest.
     */
    static String fingerprint() {
        String boot = "boot time unknown";
        String cmdline = "unknown";
        try {
            boot = Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("btime "))
                    .findFirst().map(l -> "VM booted " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                            .format(Instant.ofEpochSecond(Long.parseLong(l.substring(6).strip())).atOffset(ZoneOffset.UTC)))
                    .orElse(boot);
            byte[] line = Files.readString(Path.of("/proc/cmdline")).strip().getBytes(StandardCharsets.UTF_8);
            cmdline = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line)).substring(0, 12);
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            // not Linux: the fault cost below is still measured
        }
        return String.format(Locale.ROOT, "%s, kernel command line sha256 %s, %.1f µs of CPU per page fault",
                boot, cmdline, microsPerFault());
    }

    /**
     * Median CPU (this thread's, so another process's load does not count) of the first touch of a fresh 4 KiB
     * page: a direct buffer of that many pages is mapped fresh by the C library and zeroed by the JVM as it is
     * allocated, one fault per page. Agrees with a C probe (mmap, one write per page) within ~10 %.
     */
    static double microsPerFault() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] readings = new double[READINGS];
        for (int i = 0; i < READINGS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            ByteBuffer pages = ByteBuffer.allocateDirect(PAGES * 4096);
            readings[i] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / PAGES;
            pages.put(0, (byte) 1);
        }
        Arrays.sort(readings);
        return readings[READINGS / 2];
    }
}
