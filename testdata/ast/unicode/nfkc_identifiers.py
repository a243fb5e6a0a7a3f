ﬁle = 1
print(file)
𝕏 = 2
𝐀𝐁𝐂 = 3
ℍ = 4
ｆｕｌｌｗｉｄｔｈ = 5
ǆ = 6
Ω = 7
µ = 8
ℯ = 9
ᵢ = 10
def ﬀ(𝑎, 𝒷=1): return 𝑎
class ℂomplex: pass
o.ﬁeld = 1
f(𝕜=1)
