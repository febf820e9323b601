package io.accountable.client.satisfaction;

/** How a survey asks: CSAT scores 1-5, NPS 0-10; each has its detractors. */
public enum Scale {
    CSAT(1, 5, 2), NPS(0, 10, 6);

    public final int min;
    public final int max;
    /** Scores up to this one are detractors: NPS's usual 0-6, and CSAT's two lowest. */
    public final int detractorUpTo;

    Scale(int min, int max, int detractorUpTo) {
        this.min = min;
        this.max = max;
        this.detractorUpTo = detractorUpTo;
    }

    public boolean isDetractor(int score) {
        return score <= detractorUpTo;
    }
}
