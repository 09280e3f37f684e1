# The 3-SAT verifier of the seed notebook, in Tracr's Python (our own transcription).
import math
from typing import List

from tracr.rasp import rasp
from tracr.compiler import compiling

n_variables = 5
clauses = [
    [1, 2, -3], [-1, -4, 5], [1, -2, 4], [-1, 3, -5], [2, -3, 4], [-2, -4, 5], [-1, -3, -5], [1, 4, -5],
    [1, -2, -4], [-1, 2, -5], [3, -4, 5], [-2, 3, -4], [-1, -3, 4], [2, 4, -5], [1, 2, 3], [-4, -5, 1],
    [2, 3, -1],
]


def hardcode(values: List) -> rasp.SOp:
    return rasp.Map(lambda i: values[i] if i < len(values) else "_", rasp.indices)


def check_if_all_true(bools: rasp.SOp) -> rasp.SOp:
    inverted = rasp.Map(lambda x: not x, bools)
    any_missing = rasp.numerical(rasp.Map(lambda x: x, inverted))
    select_all = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.TRUE)
    has_missing = rasp.numerical(rasp.Aggregate(select_all, any_missing, default=0))
    return rasp.categorical(~has_missing)


# -1 1 -2 2 -3 3 ...: the literal each input position encodes
var_keys = rasp.Map(lambda i: (i // 2 + 1) * (-1 if i % 2 == 0 else 1), rasp.indices)


def fetch_var(batch, j):
    queries = hardcode([c[j] for c in batch])
    selector = rasp.Select(var_keys, queries, rasp.Comparison.EQ)
    averaged = rasp.Aggregate(selector, rasp.tokens)
    return rasp.categorical(rasp.Map(lambda x: x == 1, averaged))


def verify_batch(batch):
    c0, c1, c2 = (fetch_var(batch, j) for j in range(3))
    return check_if_all_true((c0 | c1) | c2)


def check_if_len_smaller_than_n(n):
    flags = hardcode([True] * (n - 1) + [False])
    return check_if_all_true(rasp.categorical(rasp.Map(lambda x: bool(x), flags)))


def verify_input_correctness(n):
    swapped = rasp.Map(lambda i: i + 1 if i % 2 == 0 else i - 1, rasp.indices)
    other_var = rasp.Aggregate(rasp.Select(rasp.indices, swapped, rasp.Comparison.EQ), rasp.tokens)
    xor = rasp.SequenceMap(lambda x, y: bool(x) != bool(y), rasp.tokens, other_var)
    is_correct_length = ~check_if_len_smaller_than_n(n * 2)
    return check_if_all_true(xor & is_correct_length)


batch_size = 2 * n_variables
n_batches = math.ceil(len(clauses) / batch_size)
padded = clauses + [clauses[-1]] * (n_batches * batch_size - len(clauses))
oks = [verify_batch(padded[b * batch_size:(b + 1) * batch_size]) for b in range(n_batches)]
verified = oks[0]
for ok in oks[1:]:
    verified = verified & ok
satisfied = (verified & verify_input_correctness(n_variables)).named("satisfied")

model = compiling.compile_rasp_to_model(satisfied, vocab={0, 1}, max_seq_len=10, compiler_bos="BOS",
                                        compiler_pad="PAD")
