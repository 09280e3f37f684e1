# frac_prevs: the fraction of tokens up to each position that are "x"
# (Tracr's make_frac_prevs). The boolean is numerical, so the attention head
# averages it directly: a numerical aggregate of a 0/1 S-op.
# Converted from frac_prevs.rasp by rasp convert, for Tracr (9ce2b8c).

from tracr.compiler import compiling
from tracr.rasp import rasp

is_x = rasp.numerical(rasp.Map(lambda x: x == 'x', rasp.tokens)).named('is_x')
prevs = rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.LEQ).named('prevs')
frac_prevs = rasp.numerical(rasp.Aggregate(prevs, is_x, default=0)).named('frac_prevs')

model = compiling.compile_rasp_to_model(
    frac_prevs,
    vocab={'x', 'y', 'z'},
    max_seq_len=6,
    compiler_bos='BOS',
    compiler_pad='PAD',
)
print(model.apply(['BOS', 'x', 'y', 'x', 'x', 'z', 'y']).decoded)
