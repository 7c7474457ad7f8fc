// The course's rule for "who says so?", stated once: the quiz shows it with every who-says-so
// question and module 5's lesson teaches it. A file of its own, without dependencies, so the
// browser's quiz code can import it.
export const WHO_SAYS_SO_RULE =
  "A provision the article reports, even through KCNA, is what the pact provides; a leader's or KCNA's own description of it is a claim; the writer's own judging words are the article's own judgment.";
