# sort: sort tokens that may repeat (Tracr's make_sort).
# Ties are broken by position: the key of position i is x + min_key * i / n,
# which makes every key distinct, and then sort_unique does the rest.
# Converted from sort.rasp by rasp convert, for Tracr (9ce2b8c).

from tracr.compiler import compiling
from tracr.rasp import rasp

keys = rasp.SequenceMap(lambda x, i: x + 1 * i / 5, rasp.tokens, rasp.indices).named('keys')
smaller = rasp.Select(keys, keys, rasp.Comparison.LT).named('smaller')
target_pos = rasp.SelectorWidth(smaller).named('target_pos')
sel_new = rasp.Select(target_pos, rasp.indices, rasp.Comparison.EQ).named('sel_new')
sort = rasp.Aggregate(sel_new, rasp.tokens).named('sort')

model = compiling.compile_rasp_to_model(
    sort,
    vocab={1, 2, 3, 4, 5},
    max_seq_len=5,
    compiler_bos='BOS',
    compiler_pad='PAD',
)
print(model.apply(['BOS', 3, 1, 3, 2, 1]).decoded)
