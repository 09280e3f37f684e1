from tracr.rasp import rasp
from tracr.compiler import compiling

length = rasp.length
opp_index = (length - rasp.indices).named("opp_index")
opp_index_1 = (opp_index - 1).named("opp_index_1")
flip = rasp.Select(rasp.indices, opp_index_1, rasp.Comparison.EQ).named("flip")
reverse = rasp.Aggregate(flip, rasp.tokens).named("reverse")
model = compiling.compile_rasp_to_model(reverse, vocab={1, 2, 3}, max_seq_len=5, compiler_bos="BOS",
                                        compiler_pad="PAD")
