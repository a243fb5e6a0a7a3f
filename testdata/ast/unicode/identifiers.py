café = 1
naïve = café + 1
日本語 = "ja"
переменная = 2
Δx = 0.1
σ_total = Δx * 2
_ñ = 3
x١ = 4
def función(параметр, *аргументы, **κλειδιά):
    return параметр
class Ĉlaso:
    ätt: int = 1
obj.атрибут = 5
import módulo
from paquete import nombre as имя
f(ключ=1)
ℌ = 1
