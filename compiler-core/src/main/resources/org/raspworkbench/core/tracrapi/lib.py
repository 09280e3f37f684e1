# RASP Workbench's own implementation of `tracr.compiler.lib`, written in the Python subset of
# .py programs and run by the workbench's interpreter when a program imports it. Each function
# builds the same S-ops and selectors as Tracr's library, in the same order and with the same
# .named() names, so that programs using it compile to the model Tracr compiles.

from tracr.rasp import rasp


def make_length():
    # Tracr's make_length() names its selector "all_true_selector" and its width "length"; the
    # workbench keeps one such length per program (rasp.length), as Tracr's graph merges them.
    # The module's `length` is that S-op too (see TracrModules), made when first used.
    return rasp.length


def make_reverse(sop):
    flipped = (rasp.length - rasp.indices).named("opp_idx")
    flipped = (flipped - 1).named("opp_idx-1")
    mirror = rasp.Select(rasp.indices, flipped, rasp.Comparison.EQ).named("reverse_selector")
    return rasp.Aggregate(mirror, sop).named("reverse")


def make_pair_balance(sop, open_token, close_token):
    is_open = rasp.numerical(sop == open_token).named("bools_open")
    open_share = rasp.numerical(make_frac_prevs(is_open)).named("opens")
    is_close = rasp.numerical(sop == close_token).named("bools_close")
    close_share = rasp.numerical(make_frac_prevs(is_close)).named("closes")
    difference = rasp.numerical(rasp.LinearSequenceMap(open_share, close_share, 1, -1))
    return difference.named("pair_balance")


def make_shuffle_dyck(pairs):
    assert len(pairs) >= 1
    running = []
    for pair in pairs:
        assert len(pair) == 2
        opener, closer = pair
        running.append(make_pair_balance(rasp.tokens, open_token=opener,
                                         close_token=closer).named(f"balance_{pair}"))

    # Negative anywhere: some closing token came before its opening one.
    went_negative = running[0] < 0
    for later in running[1:]:
        went_negative = went_negative | (later < 0)
    went_negative = rasp.numerical(rasp.Map(lambda v: v, went_negative)).named("any_negative")
    everything = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.TRUE).named("select_all")
    ever_negative = rasp.numerical(rasp.Aggregate(everything, went_negative, default=0)).named("has_neg")

    # Zero at the last position: every opened pair was closed.
    balanced_here = running[0] == 0
    for later in running[1:]:
        balanced_here = balanced_here & (later == 0)
    at_last = rasp.Select(rasp.indices, rasp.length - 1, rasp.Comparison.EQ).named("select_last")
    balanced_at_end = rasp.Aggregate(at_last, balanced_here).named("last_zero")

    never_negative = (~ever_negative).named("not_has_neg")
    return (balanced_at_end & never_negative).named("shuffle_dyck")


def make_shuffle_dyck2():
    return make_shuffle_dyck(pairs=["()", "{}"]).named("shuffle_dyck2")


def make_hist():
    same = rasp.Select(rasp.tokens, rasp.tokens, rasp.Comparison.EQ).named("same_tok")
    return rasp.SelectorWidth(same).named("hist")


def make_sort_unique(vals, keys):
    below = rasp.Select(keys, keys, rasp.Comparison.LT).named("smaller")
    position = rasp.SelectorWidth(below).named("target_pos")
    goes_to = rasp.Select(position, rasp.indices, rasp.Comparison.EQ)
    return rasp.Aggregate(goes_to, vals).named("sort")


def make_sort(vals, keys, *, max_seq_len, min_key):
    # Ties are broken by position: each key grows by a fraction of min_key that rises with the index.
    unique_keys = rasp.SequenceMap(lambda key, index: key + min_key * index / max_seq_len, keys,
                                   rasp.indices)
    return make_sort_unique(vals, unique_keys)


def make_sort_freq(max_seq_len):
    minus_count = -1 * make_hist().named("hist")
    return make_sort(rasp.tokens, minus_count, max_seq_len=max_seq_len, min_key=1).named("sort_freq")


def make_frac_prevs(bools):
    bools = rasp.numerical(bools)
    up_to_here = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.LEQ)
    return rasp.numerical(rasp.Aggregate(up_to_here, bools, default=0)).named("frac_prevs")


def shift_by(offset, /, sop):
    earlier = rasp.Select(rasp.indices, rasp.indices, lambda key, query: query == key + offset)
    shifted = rasp.Aggregate(earlier, sop, default=None)
    return shifted.named(f"shift_by({offset})")


def detect_pattern(sop, pattern):
    if len(pattern) < 1:
        raise ValueError(f"Length of `pattern` must be at least 1. Got {pattern}")
    # Match the pattern from its end: the k-th element from the end, looked up k positions back.
    matches = []
    for back, element in enumerate(reversed(pattern)):
        found = sop == element
        if back != 0:
            found = shift_by(back, found)
        matches.append(found)
    detected = matches.pop()
    while matches:
        detected = detected & matches.pop()
    return detected.named(f"detect_pattern({pattern})")


def make_count_less_freq(n):
    counts = make_hist().named("hist")
    rare = rasp.Select(counts, counts, lambda key, query: key <= n).named("select_less")
    return rasp.SelectorWidth(rare).named("count_less_freq")


def make_count(sop, token):
    return rasp.SelectorWidth(rasp.Select(sop, sop, lambda key, query: key == token)).named(f"count_{token}")


def make_nary_sequencemap(f, *sops):
    # Pairs the S-ops up into growing tuples, then maps f over the whole tuple.
    packed, *others = sops
    for sop in others:
        packed = rasp.SequenceMap(lambda acc, y: (*acc, y) if isinstance(acc, tuple) else (acc, y), packed, sop)
    return rasp.Map(lambda args: f(*args), packed)
