package plandoc.resolved;

/** A span of years read from how the plan prints it ("2025" → 2025–2025, "2021-2025", "Giai đoạn 2016-2020"). */
public record Period(int from, int to) {
}
