package plandoc.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import plandoc.render.html.DataFile;
import plandoc.render.html.PlanLinks;
import plandoc.render.portal.PlanSummary;

/**
 * A national corpus as the index's search sees it: {@code count} plans' summaries (number, date, kind,
 * title, issuer among 63 provinces, agencies, total, links and full-text words), deterministic for a
 * count. The words are those of a real plan's size: each plan draws ~1,000 words (about 600 distinct,
 * the bundled 424 has ~1,000) from a Zipf distribution over a Vietnamese vocabulary of ~7,000
 * syllables (the seeds' common syllables first, then onset × rhyme × tone combinations), plus words
 * of its own (numbers, codes), and every fifth plan speaks of "chuyển đổi số".
 */
final class SearchCorpus {
    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n",
            "ng", "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
    private static final String[] RHYMES = {"a", "ai", "am", "an", "ang", "anh", "ao", "at", "ay", "âm", "ân", "âng",
            "ât", "âu", "ây", "e", "em", "en", "eo", "et", "ê", "ên", "ênh", "êt", "i", "ia", "iêm", "iên", "iêt", "iêu",
            "in", "inh", "it", "o", "oa", "oai", "oan", "oang", "oanh", "oat", "oc", "oi", "om", "on", "ong", "ô", "ôi",
            "ôm", "ôn", "ông", "ôt", "ơ", "ơi", "ơm", "ơn", "ơt", "u", "ua", "uân", "uât", "ui", "um", "un", "ung",
            "uôc", "uôi", "uôn", "uông", "uy", "uyên", "ư", "ưa", "ưc", "ưng", "ươc", "ươi", "ươn", "ương", "ưu"};
    private static final String[] TONES = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
    private static final List<String> AGENCIES = List.of("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ",
            "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Giao thông vận tải", "Sở Tư pháp", "Công an tỉnh",
            "Sở Thông tin và Truyền thông", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương",
            "Sở Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội");
    private static final List<String> SUBJECTS = List.of("cải cách hành chính", "phát triển du lịch",
            "phòng, chống thiên tai", "xây dựng nông thôn mới", "đào tạo nghề cho lao động nông thôn",
            "bảo vệ môi trường", "phát triển hạ tầng giao thông", "y tế cơ sở", "chuyển đổi số",
            "phát triển kinh tế tập thể", "giảm nghèo bền vững", "an toàn thực phẩm");
    private static final int WORDS_PER_PLAN = 1000;

    private final List<String> vocabulary;
    private final List<String> provinces;
    private final double[] cumulative;

    SearchCorpus() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = SearchCorpus.class.getResourceAsStream("/plandoc/validate/common-syllables.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).forEach(words::add);
        }
        for (String tone : TONES) {
            for (String rhyme : RHYMES) {
                for (String onset : ONSETS) {
                    words.add(java.text.Normalizer.normalize(onset + rhyme.charAt(0) + tone + rhyme.substring(1),
                            java.text.Normalizer.Form.NFC));
                }
            }
        }
        vocabulary = List.copyOf(words);
        cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int rank = 0; rank < cumulative.length; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
        List<String> names = new ArrayList<>();
        for (int p = 0; p < 63; p++) {
            names.add("Ủy ban nhân dân tỉnh " + capital(vocabulary.get(100 + p * 7)) + " " + capital(vocabulary.get(101 + p * 5)));
        }
        provinces = List.copyOf(names);
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    List<PlanSummary> plans(int count) {
        Random random = new Random(16);
        List<PlanSummary> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean plan = random.nextBoolean();
            String kind = plan ? "Kế hoạch" : "Quyết định";
            String issuer = provinces.get(random.nextInt(provinces.size()));
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            String number = (1 + random.nextInt(3000)) + (plan ? "/KH-UBND" : "/QĐ-UBND");
            String title = (plan ? "Kế hoạch " : "Phê duyệt Đề án ") + subject + " giai đoạn " + date.getYear() + "-"
                    + (date.getYear() + 5);
            List<PlanSummary.AgencyName> agencies = new ArrayList<>();
            for (int a = 0; a < AGENCIES.size(); a++) {
                if (random.nextInt(4) == 0) {
                    agencies.add(new PlanSummary.AgencyName("a" + a, AGENCIES.get(a)));
                }
            }
            Set<String> words = new LinkedHashSet<>();
            words.addAll(List.of(title.toLowerCase(java.util.Locale.ROOT).split("[ ,-]+")));
            if (i % 5 == 0) {
                words.addAll(List.of("chuyển", "đổi", "số"));
            }
            for (int w = 0; w < WORDS_PER_PLAN; w++) {
                words.add(vocabulary.get(zipf(random)));
            }
            for (int w = 0; w < 20; w++) {
                words.add(Integer.toString(random.nextInt(100_000))); // amounts, article numbers, codes
            }
            BigDecimal total = BigDecimal.valueOf(1 + random.nextInt(900_000), 2);
            String slug = "van-ban-" + i;
            String stem = number.replace("/", "-").replace("Đ", "D");
            PlanLinks links = new PlanLinks(slug + "/index.html", slug + "/" + stem + ".pdf", slug + "/plan.json",
                    List.of(new DataFile(slug + "/" + stem + ".docx", "Văn bản (Word)"),
                            new DataFile(slug + "/kinh-phi.csv", "Phụ lục (CSV)"),
                            new DataFile(slug + "/kinh-phi.data.csv", "Phụ lục (dữ liệu CSV)")));
            plans.add(new PlanSummary(slug, number, Optional.of(date),
                    Optional.of(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())),
                    kind, title, issuer, agencies, Optional.of(total.multiply(new BigDecimal("1000000000"))),
                    Optional.of(total.toPlainString().replace('.', ',') + " tỷ đồng"), links, String.join(" ", words), List.of(),
                    List.of(), plandoc.build.PortalWording.WORDS));
        }
        return plans;
    }

    private int zipf(Random random) {
        int found = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, found >= 0 ? found : -found - 1);
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }
}
