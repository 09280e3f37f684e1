package org.raspworkbench.core.tracrapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every name of Tracr's {@code tracr.rasp.rasp} that a {@code .py} program may use, with its
 * parameters as Tracr declares them (a default written after {@code =}) and the {@code .rasp}
 * spelling of the same thing. The front end binds calls by these parameters; a converter between
 * the two syntaxes reads the spellings.
 */
public enum TracrApi {
    TOKENS("tokens", "tokens"),
    INDICES("indices", "indices"),
    LENGTH("length", "length"),
    /** The class of {@code rasp.length}: {@code rasp.LengthType()} is another length. */
    LENGTH_TYPE("LengthType", null),
    MAP("Map", "map", "f", "inner", "simplify=True"),
    SEQUENCE_MAP("SequenceMap", "sequence_map", "f", "fst", "snd"),
    LINEAR_SEQUENCE_MAP("LinearSequenceMap", "linear_sequence_map", "fst", "snd", "fst_fac", "snd_fac"),
    SELECT("Select", "select", "keys", "queries", "predicate"),
    AGGREGATE("Aggregate", "aggregate", "selector", "sop", "default=None"),
    SELECTOR_WIDTH("SelectorWidth", "selector_width", "selector"),
    /** The class: never folds two selects into one (the function {@code selector_and} does). */
    SELECTOR_AND_CLASS("SelectorAnd", null, "fst", "snd"),
    SELECTOR_OR_CLASS("SelectorOr", null, "fst", "snd"),
    SELECTOR_NOT_CLASS("SelectorNot", null, "inner"),
    SELECTOR_AND("selector_and", "&", "fst", "snd", "simplify=True"),
    SELECTOR_OR("selector_or", "|", "fst", "snd", "simplify=True"),
    SELECTOR_NOT("selector_not", "~", "inner", "simplify=True"),
    NUMERICAL("numerical", "numerical", "sop"),
    CATEGORICAL("categorical", "categorical", "sop"),
    ANNOTATE("annotate", null, "expr"),
    IS_NUMERICAL("is_numerical", null, "sop"),
    IS_CATEGORICAL("is_categorical", null, "sop"),
    GET_ENCODING("get_encoding", null, "sop"),
    /** Tracr's evaluator, {@code evaluate(expr, xs)}: as calling the S-op, values once the script has run. */
    EVALUATE("evaluate", null, "expr", "xs"),
    COMPARISON("Comparison", null),
    ENCODING("Encoding", null),
    /** Tracr's test-only constants: no compiler supports them. */
    FULL("Full", null, "fill"),
    CONSTANT_SOP("ConstantSOp", null, "value", "check_length=True"),
    CONSTANT_SELECTOR("ConstantSelector", null, "value", "check_length=True");

    /** The name in {@code tracr.rasp.rasp}. */
    public final String tracrName;
    /** How {@code .rasp} writes it (a function name or an operator); null where it has no spelling. */
    public final String raspSpelling;
    private final List<String> params;

    TracrApi(String tracrName, String raspSpelling, String... params) {
        this.tracrName = tracrName;
        this.raspSpelling = raspSpelling;
        this.params = Arrays.asList(params);
    }

    /** The parameters in Tracr's order, each {@code name} or {@code name=default}. */
    public List<String> params() {
        return params;
    }

    public static Optional<TracrApi> named(String tracrName) {
        for (TracrApi a : values()) if (a.tracrName.equals(tracrName)) return Optional.of(a);
        return Optional.empty();
    }

    /** Tracr's {@code Comparison} members with the .rasp spelling of each (a bare operator, or True/False). */
    public enum ComparisonName {
        EQ("=="), LT("<"), LEQ("<="), GT(">"), GEQ(">="), NEQ("!="), TRUE("True"), FALSE("False");

        public final String raspSpelling;

        ComparisonName(String raspSpelling) {
            this.raspSpelling = raspSpelling;
        }
    }

    /** The functions of Tracr's {@code tracr.compiler.lib}, all in our {@code lib.py}. */
    public static final List<String> LIB_FUNCTIONS = List.of("make_length", "make_reverse", "make_pair_balance",
            "make_shuffle_dyck", "make_shuffle_dyck2", "make_hist", "make_sort_unique",
            "make_sort", "make_sort_freq", "make_frac_prevs", "shift_by", "detect_pattern", "make_count_less_freq",
            "make_count", "make_nary_sequencemap");

    /** {@code compile_rasp_to_model}'s parameters, in Tracr's order, and the .rasp setting each one is. */
    public enum CompileParam {
        PROGRAM("program", null), VOCAB("vocab", "vocab"), MAX_SEQ_LEN("max_seq_len", "max_seq_len"),
        CAUSAL("causal", "causal"), COMPILER_BOS("compiler_bos", "bos"), COMPILER_PAD("compiler_pad", "pad"),
        MLP_EXACTNESS("mlp_exactness", "mlp_exactness");

        public final String tracrName;
        /** The {@code set} name in .rasp; null for the program. */
        public final String setting;

        CompileParam(String tracrName, String setting) {
            this.tracrName = tracrName;
            this.setting = setting;
        }
    }

    /** Tracr's defaults for the special tokens (its {@code COMPILER_BOS}/{@code COMPILER_PAD}). */
    public static final String COMPILER_BOS = "compiler_bos";
    public static final String COMPILER_PAD = "compiler_pad";
}
