# frac_prevs: the fraction of tokens up to each position that are "x", with Tracr's
# lib.make_frac_prevs. The boolean is numerical, so one attention head averages it.
from tracr.rasp import rasp
from tracr.compiler import compiling
from tracr.compiler import lib

is_x = (rasp.tokens == "x").named("is_x")
frac_prevs = lib.make_frac_prevs(is_x)

model = compiling.compile_rasp_to_model(frac_prevs, vocab={"x", "y", "z"}, max_seq_len=6,
                                        compiler_bos="BOS", compiler_pad="PAD")
print(model.apply(["BOS", "x", "y", "x", "x", "z", "y"]).decoded)
