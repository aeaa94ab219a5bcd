package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The check sheet's column widths ({@link CheckColumns}) for a plan of many {@code split:} and {@code declared:}
 * rows: synthetic rows of 20–70 words of the bundled plans' vocabulary, timed in one JVM after a warm-up. Not a test
 * (no timings in tests, plandoc.bench): run after {@code mvn package}:
 * <pre>
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.compute.CheckColumnsBench 63 500 2000 8000
 * </pre>
 * It prints, per count, the widths chosen and the milliseconds of CPU (this thread's: the machine's load does not stretch
 * them) of the first (cold) run and the median of 5 warm runs.
 */
public final class CheckColumnsBench {
    private static final List<String> HEADS = List.of("Bảng", "Dòng", "Số liệu", "Đơn vị tính",
            "Số ghi trong văn bản", "Số tính từ các dòng", "Chênh lệch", "Kết quả");

    private CheckColumnsBench() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            List<List<String>> rows = rows(Integer.parseInt(arg));
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = cpu.getCurrentThreadCpuTime();
            List<Integer> widths = CheckColumns.of(HEADS, rows, 25.0);
            long cold = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                start = cpu.getCurrentThreadCpuTime();
                CheckColumns.of(HEADS, rows, 25.0);
                warm.add((cpu.getCurrentThreadCpuTime() - start) / 1_000_000);
            }
            warm.sort(null);
            System.out.println(arg + " rows: " + widths + " first " + cold + " ms, warm median " + warm.get(2) + " ms");
        }
    }

    /** {@code n} rows as 424's check sheet prints them, their titles of random length (seeded). */
    static List<List<String>> rows(int n) {
        Random random = new Random(1);
        String[] words = ("triển khai xây dựng hệ thống thông tin chuyển đổi số cơ quan nhà nước tỉnh Hà Tĩnh nâng "
                + "cấp hạ tầng mạng dữ liệu dùng chung phần mềm").split(" ");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder((i + 1) + ".");
            int length = 20 + random.nextInt(50);
            for (int w = 0; w < length; w++) {
                title.append(' ').append(words[random.nextInt(words.length)]);
            }
            rows.add(List.of("Phụ lục 0" + (1 + i % 7), title.toString(), "Cộng theo nguồn vốn so với cộng theo năm",
                    "Triệu đồng", "1.234.567", "1.234.567", "0",
                    i % 5 == 0 ? "Ghi theo văn bản, trong khoảng cho phép 68.600–297.100" : "Khớp"));
        }
        return rows;
    }
}
