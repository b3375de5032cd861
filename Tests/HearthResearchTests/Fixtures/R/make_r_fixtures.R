#!/usr/bin/env Rscript
# Reference values for HearthResearch's correlations, regressions, contingency tests and
# multiple-comparison corrections, computed by R's stats package on fixed data
# (Debian's r-base-core). Regenerate from the repository root with:
#
#     Rscript Tests/HearthResearchTests/Fixtures/R/make_r_fixtures.R
#
# Mixed models by lme4 and lmerTest (r-cran-lme4, r-cran-lmertest).
# Numbers are written with 17 significant digits (round-trip exact); errors that Hearth
# raises where R returns NA or drops a term are listed as "error": true.
set.seed(20261206)

num <- function(x) {
  if (length(x) == 1 && is.na(x)) return("null")
  if (is.infinite(x)) return(if (x > 0) "1e308" else "-1e308")
  sprintf("%.17g", x)
}
arr <- function(x) paste0("[", paste(vapply(x, num, ""), collapse = ","), "]")
str <- function(s) paste0('"', s, '"')
obj <- function(...) {
  fields <- list(...)
  paste0("{", paste(sprintf('"%s":%s', names(fields), unlist(fields)), collapse = ","), "}")
}
list_json <- function(items) paste0("[", paste(items, collapse = ",\n"), "]")
matrix_json <- function(m) paste0("[", paste(apply(m, 1, arr), collapse = ","), "]")

# --- Distributions -------------------------------------------------------------------
chisq <- list()
for (df in c(1, 2, 3, 4.5, 10, 30, 100, 1000)) {
  for (x in c(0.001, 0.1, 0.5, 1, 2, 3.84, 5, 10, 20, 50, 100, 200, 1500)) {
    chisq[[length(chisq) + 1]] <- obj(x = num(x), df = num(df), upper = num(pchisq(x, df, lower.tail = FALSE)),
                                      lower = num(pchisq(x, df)))
  }
}
fdist <- list()
for (d in list(c(1, 1), c(1, 10), c(2, 5), c(3, 57), c(5, 200), c(10, 3), c(20, 1000))) {
  for (f in c(0.01, 0.5, 1, 2.5, 4, 10, 100)) {
    fdist[[length(fdist) + 1]] <- obj(f = num(f), d1 = num(d[1]), d2 = num(d[2]), upper = num(pf(f, d[1], d[2], lower.tail = FALSE)))
  }
}

# --- Correlations --------------------------------------------------------------------
correlation_case <- function(name, x, y) {
  p <- cor.test(x, y, method = "pearson")
  s <- suppressWarnings(cor.test(x, y, method = "spearman"))
  ties <- length(unique(x)) < length(x) || length(unique(y)) < length(y)
  obj(name = str(name), x = arr(x), y = arr(y), pearsonR = num(unname(p$estimate)), pearsonP = num(p$p.value),
      spearmanRho = num(unname(s$estimate)), spearmanP = num(s$p.value), spearmanS = num(unname(s$statistic)),
      exact = if (length(x) <= 1290 && !ties) "true" else "false")
}
correlations <- list()
x <- rnorm(30); correlations[[1]] <- correlation_case("n30", x, 0.5 * x + rnorm(30))
x <- sample(1:8); correlations[[2]] <- correlation_case("n8exact", x, c(2, 1, 4, 3, 6, 5, 8, 7)[x])
x <- rnorm(6); correlations[[3]] <- correlation_case("n6negative", x, -x + rnorm(6, sd = 0.3))
x <- rnorm(50); correlations[[4]] <- correlation_case("n50edgeworth", x, 0.3 * x + rnorm(50))
x <- round(rnorm(40) * 2); correlations[[5]] <- correlation_case("n40ties", x, round(x + rnorm(40)))
x <- rnorm(1500); correlations[[6]] <- correlation_case("n1500", x, 0.05 * x + rnorm(1500))
x <- rnorm(1290); correlations[[7]] <- correlation_case("n1290exact", x, 0.05 * x + rnorm(1290))
x <- rnorm(12); correlations[[8]] <- correlation_case("n12null", x, rnorm(12))
correlations[[9]] <- correlation_case("n3", c(1, 2, 3), c(1, 3, 2))
x <- rnorm(200); correlations[[10]] <- correlation_case("n200strong", x, x + rnorm(200, sd = 0.1))
correlations[[11]] <- correlation_case("n9negative", 1:9, c(9, 7, 8, 5, 6, 3, 4, 1, 2))
correlations[[12]] <- correlation_case("n10negative", 1:10, c(10, 8, 9, 6, 7, 5, 3, 4, 1, 2))
correlations[[13]] <- correlation_case("n7ties", c(1, 2, 2, 3, 4, 5, 5), c(2, 1, 3, 3, 5, 4, 6))

# --- Regressions ---------------------------------------------------------------------
regression_case <- function(name, y, predictors) {
  data <- as.data.frame(predictors)
  data$y <- y
  fit <- lm(y ~ ., data = data)
  s <- summary(fit)
  co <- coef(s)
  ci <- confint(fit, level = 0.95)
  fstat <- s$fstatistic
  betas <- c(NA, vapply(names(predictors), function(p) unname(coef(fit)[p]) * sd(predictors[[p]]) / sd(y), 0))
  terms <- rownames(co)
  coefficients <- vapply(seq_along(terms), function(i) obj(
    term = str(terms[i]), estimate = num(co[i, 1]), standardError = num(co[i, 2]), t = num(co[i, 3]), p = num(co[i, 4]),
    ciLow = num(ci[i, 1]), ciHigh = num(ci[i, 2]), beta = num(betas[i])), "")
  obj(name = str(name), outcome = arr(y),
      predictors = paste0("[", paste(vapply(names(predictors), function(p) obj(term = str(p), values = arr(predictors[[p]])), ""), collapse = ","), "]"),
      coefficients = paste0("[", paste(coefficients, collapse = ","), "]"),
      rSquared = num(s$r.squared), adjustedRSquared = num(s$adj.r.squared),
      f = if (is.null(fstat)) "null" else num(unname(fstat[1])), dfModel = num(length(predictors)), dfResidual = num(fit$df.residual),
      pModel = if (is.null(fstat)) "null" else num(pf(fstat[1], fstat[2], fstat[3], lower.tail = FALSE)),
      residualStandardError = num(s$sigma), n = num(length(y)))
}
regressions <- list()
n <- 60
violence <- rpois(n, 6); childhood <- rnorm(n, 3, 1); impulsivity <- rnorm(n, 10, 3)
trauma <- 20 + 0.8 * violence + 2 * childhood + 0.4 * impulsivity + rnorm(n, 0, 4)
regressions[[1]] <- regression_case("trauma", trauma, list(violence = violence, childhood = childhood, impulsivity = impulsivity))
city <- factor(sample(c("A", "B", "C", "D"), n, replace = TRUE))
dummies <- model.matrix(~ city)[, -1]
regressions[[2]] <- regression_case("dummies", trauma + 3 * (city == "C"), list(violence = violence, cityB = dummies[, 1], cityC = dummies[, 2], cityD = dummies[, 3]))
regressions[[3]] <- regression_case("small", c(3, 5, 4, 8, 9), list(a = c(1, 2, 3, 4, 6), b = c(2, 1, 2, 5, 3)))
regressions[[4]] <- regression_case("oneLargeOffset", 1e6 + trauma, list(violence = 1e6 + violence))
regression_errors <- paste0("[", paste(c(
  obj(name = str("collinear"), outcome = arr(trauma), predictors = paste0("[", obj(term = str("violence"), values = arr(violence)), ",",
      obj(term = str("childhood"), values = arr(childhood)), ",", obj(term = str("both"), values = arr(violence + 2 * childhood)), "]"), field = str("both")),
  obj(name = str("constant"), outcome = arr(trauma), predictors = paste0("[", obj(term = str("violence"), values = arr(violence)), ",",
      obj(term = str("same"), values = arr(rep(4, n))), "]"), field = str("same")),
  obj(name = str("tooFew"), outcome = arr(c(1, 2, 4)), predictors = paste0("[", obj(term = str("a"), values = arr(c(1, 5, 2))), ",",
      obj(term = str("b"), values = arr(c(3, 1, 1))), "]"), field = str("a, b"))
), collapse = ","), "]")

# --- Contingency tables --------------------------------------------------------------
table_case <- function(name, counts) {
  m <- matrix(counts$values, nrow = counts$rows, byrow = TRUE)
  corrected <- suppressWarnings(chisq.test(m, correct = TRUE))
  plain <- suppressWarnings(chisq.test(m, correct = FALSE))
  v <- sqrt(unname(plain$statistic) / (sum(m) * (min(dim(m)) - 1)))
  fisher <- if (all(dim(m) == 2)) num(fisher.test(m)$p.value) else "null"
  obj(name = str(name), counts = matrix_json(m), chiSquare = num(unname(plain$statistic)), p = num(plain$p.value),
      yatesChiSquare = num(unname(corrected$statistic)), yatesP = num(corrected$p.value), df = num(unname(plain$parameter)),
      expected = matrix_json(plain$expected), cramersV = num(v), fisherP = fisher)
}
tables <- list(
  table_case("2x2", list(rows = 2, values = c(12, 5, 7, 19))),
  table_case("2x2small", list(rows = 2, values = c(3, 1, 1, 4))),
  table_case("2x2zero", list(rows = 2, values = c(0, 6, 5, 2))),
  table_case("2x2large", list(rows = 2, values = c(412, 389, 150, 290))),
  table_case("2x2equal", list(rows = 2, values = c(10, 10, 10, 10))),
  table_case("2x3", list(rows = 2, values = c(20, 15, 30, 10, 25, 12))),
  table_case("3x4", list(rows = 3, values = c(8, 12, 5, 9, 14, 3, 7, 11, 2, 6, 10, 4))),
  table_case("2x4prevalence", list(rows = 2, values = c(30, 22, 41, 18, 70, 80, 59, 90))),
  table_case("2x2yatesZero", list(rows = 2, values = c(5, 5, 5, 6))),
  table_case("2x2fisherTie", list(rows = 2, values = c(2, 7, 7, 2)))
)

# --- Multiple comparisons ------------------------------------------------------------
pvalues <- c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04, NA, 0.5)
adjust <- obj(p = arr(pvalues), holm = arr(p.adjust(pvalues, "holm")), bonferroni = arr(p.adjust(pvalues, "bonferroni")))

pairwise_means <- function(name, values, groups, method) {
  r <- pairwise.t.test(values, groups, p.adjust.method = method, pool.sd = TRUE)
  levels <- sort(unique(groups))
  # The raw p-values, from the same pooled SD, for the check before correction.
  raw <- pairwise.t.test(values, groups, p.adjust.method = "none", pool.sd = TRUE)$p.value
  pairs <- c()
  for (i in seq_along(levels)) for (j in seq_along(levels)) if (j > i) {
    pairs <- c(pairs, obj(first = str(levels[i]), second = str(levels[j]), p = num(raw[levels[j], levels[i]]), adjustedP = num(r$p.value[levels[j], levels[i]])))
  }
  obj(name = str(name), method = str(method),
      groups = paste0("[", paste(vapply(levels, function(l) obj(level = str(l), values = arr(values[groups == l])), ""), collapse = ","), "]"),
      pairs = paste0("[", paste(pairs, collapse = ","), "]"))
}
cities <- sample(c("Amsterdam", "Den Haag", "Rotterdam", "Utrecht"), 80, replace = TRUE)
scores <- rnorm(80, 50, 10) + 6 * (cities == "Rotterdam")
pairwise_props <- function(name, x, n, method) {
  r <- suppressWarnings(pairwise.prop.test(x, n, p.adjust.method = method))
  raw <- suppressWarnings(pairwise.prop.test(x, n, p.adjust.method = "none"))$p.value
  pairs <- c()
  k <- length(x)
  for (i in 1:k) for (j in 1:k) if (j > i) pairs <- c(pairs, obj(first = num(i), second = num(j), p = num(raw[j - 1, i]), adjustedP = num(r$p.value[j - 1, i])))
  obj(name = str(name), method = str(method), yes = arr(x), total = arr(n), pairs = paste0("[", paste(pairs, collapse = ","), "]"))
}

# --- Linear mixed models (lme4 + lmerTest) ---------------------------------------------
suppressMessages({ library(lme4); library(lmerTest) })
mixed_case <- function(name, data, formula, reml, slope) {
  # Tight convergence, so that the reference is the optimum rather than where lme4's default
  # tolerances stop (at a boundary they leave the flat directions ~1e-4 off).
  control <- lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e6))
  fit <- lmerTest::lmer(formula, data = data, REML = reml, control = control)
  co <- summary(fit)$coefficients
  design <- model.matrix(fit)
  vc <- as.data.frame(VarCorr(fit))
  intercept_var <- vc$vcov[vc$grp == "person" & vc$var1 == "(Intercept)" & is.na(vc$var2)]
  slope_var <- if (slope) vc$vcov[vc$grp == "person" & vc$var1 == "time" & is.na(vc$var2)] else NA
  correlation <- if (slope) vc$sdcor[vc$grp == "person" & !is.na(vc$var2)] else NA
  effects <- vapply(seq_len(nrow(co)), function(i) obj(
    term = str(rownames(co)[i]), estimate = num(co[i, "Estimate"]), standardError = num(co[i, "Std. Error"]),
    df = num(co[i, "df"]), t = num(co[i, "t value"]), p = num(co[i, "Pr(>|t|)"])), "")
  columns <- vapply(colnames(design)[-1], function(term) obj(term = str(term), values = arr(design[, term])), "")
  obj(name = str(name), method = str(if (reml) "reml" else "ml"), slope = if (slope) "true" else "false",
      outcome = arr(data$y), groups = arr(as.integer(factor(data$person)) - 1L), time = arr(data$time),
      fixed = paste0("[", paste(columns, collapse = ","), "]"),
      fixedEffects = paste0("[", paste(effects, collapse = ","), "]"),
      interceptVariance = num(intercept_var), slopeVariance = num(slope_var), correlation = num(correlation),
      residualVariance = num(sigma(fit)^2), logLikelihood = num(as.numeric(logLik(fit))), aic = num(AIC(fit)), bic = num(BIC(fit)),
      nObservations = num(nobs(fit)), nGroups = num(ngrps(fit)[["person"]]), singular = if (isSingular(fit)) "true" else "false",
      theta = arr(unname(getME(fit, "theta"))))
}
make_waves <- function(persons, person_sd, slope_sd, drop) {
  rows <- list()
  for (i in seq_len(persons)) {
    group <- if (i <= persons * 2 / 3) "research" else "reference"
    intercept <- rnorm(1, 0, person_sd)
    slope <- rnorm(1, 0, slope_sd)
    for (wave in 1:3) {
      if (wave > 1 && runif(1) < drop) next
      mean <- if (group == "research") 60 - 8 * (wave - 1) else 45
      rows[[length(rows) + 1]] <- data.frame(person = sprintf("p%03d", i), wave = wave, time = wave - 1, group = group,
                                             y = mean + intercept + slope * (wave - 1) + rnorm(1, 0, 6))
    }
  }
  data <- do.call(rbind, rows)
  data$group <- factor(data$group, levels = c("reference", "research"))
  data$waveFactor <- factor(data$wave)
  data
}
waves_data <- make_waves(60, 8, 0, 0.3)
slope_data <- make_waves(80, 8, 3, 0.25)
flat_data <- make_waves(30, 0, 0, 0.2)
months_data <- make_waves(90, 6, 5, 0.3)
months_data$time <- c(0, 12, 18)[months_data$wave]
months_data$y <- months_data$y + rnorm(nrow(months_data), 0, 2)
mixed <- list(
  mixed_case("intercept, wave factor x group, REML", waves_data, y ~ waveFactor * group + (1 | person), TRUE, FALSE),
  mixed_case("intercept, wave factor x group, ML", waves_data, y ~ waveFactor * group + (1 | person), FALSE, FALSE),
  mixed_case("slope, linear time x group, REML", slope_data, y ~ time * group + (1 + time | person), TRUE, TRUE),
  mixed_case("slope, linear time, ML", slope_data, y ~ time + (1 + time | person), FALSE, TRUE),
  mixed_case("singular intercept", flat_data, y ~ waveFactor * group + (1 | person), TRUE, FALSE),
  mixed_case("slope on months x group, REML, unbalanced", months_data, y ~ time * group + (1 + time | person), TRUE, TRUE)
)

# Likelihood-ratio test of nested ML fits (anova) and McNemar's test.
lrt_case <- function(name, data) {
  control <- lmerControl(optimizer = "bobyqa", optCtrl = list(rhoend = 1e-12, maxfun = 1e6))
  null <- lme4::lmer(y ~ 1 + (1 | person), data = data, REML = FALSE, control = control)
  full <- lme4::lmer(y ~ waveFactor + (1 | person), data = data, REML = FALSE, control = control)
  a <- anova(null, full)
  design <- model.matrix(full)
  columns <- vapply(colnames(design)[-1], function(term) obj(term = str(term), values = arr(design[, term])), "")
  obj(name = str(name), outcome = arr(data$y), groups = arr(as.integer(factor(data$person)) - 1L),
      fixed = paste0("[", paste(columns, collapse = ","), "]"), chiSquare = num(a$Chisq[2]), df = num(a$Df[2]), p = num(a$`Pr(>Chisq)`[2]))
}
lrts <- list(lrt_case("waves", waves_data), lrt_case("flat", flat_data))
mcnemar_case <- function(b, c, correct) {
  r <- mcnemar.test(matrix(c(10, c, b, 7), nrow = 2), correct = correct)
  obj(firstOnly = num(b), secondOnly = num(c), correct = if (correct) "true" else "false", chiSquare = num(unname(r$statistic)), p = num(r$p.value))
}
mcnemars <- list(mcnemar_case(8, 67, TRUE), mcnemar_case(8, 67, FALSE), mcnemar_case(12, 64, TRUE), mcnemar_case(5, 5, TRUE), mcnemar_case(1, 0, FALSE), mcnemar_case(3, 9, TRUE))

cat("{\n",
    '"generator": "Tests/HearthResearchTests/Fixtures/R/make_r_fixtures.R",\n',
    '"r": ', str(R.version.string), ",\n",
    '"chiSquare": ', list_json(chisq), ",\n",
    '"f": ', list_json(fdist), ",\n",
    '"correlations": ', list_json(correlations), ",\n",
    '"regressions": ', list_json(regressions), ",\n",
    '"regressionErrors": ', regression_errors, ",\n",
    '"tables": ', list_json(tables), ",\n",
    '"adjust": ', adjust, ",\n",
    '"pairwiseMeans": ', list_json(c(pairwise_means("cities holm", scores, cities, "holm"), pairwise_means("cities bonferroni", scores, cities, "bonferroni"))), ",\n",
    '"mixedModels": ', list_json(mixed), ",\n",
    '"likelihoodRatios": ', list_json(lrts), ",\n",
    '"mcnemar": ', list_json(mcnemars), ",\n",
    '"pairwiseProportions": ', list_json(c(pairwise_props("four groups holm", c(30, 22, 41, 18), c(100, 102, 100, 108), "holm"),
                                               pairwise_props("four groups bonferroni", c(30, 22, 41, 18), c(100, 102, 100, 108), "bonferroni"))), "\n",
    "}\n", sep = "", file = "Tests/HearthResearchTests/Fixtures/R/r-fixtures.json")
