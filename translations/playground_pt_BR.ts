<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Neural Playground</source>
        <translation>Sobre o Neural Playground</translation>
    </message>
    <message>
        <source>Neural Playground</source>
        <translation>Neural Playground</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versão {0}</translation>
    </message>
    <message>
        <source>Build a neural network, watch it learn live, and look inside it.</source>
        <translation>Monte uma rede neural, veja-a aprender em tempo real e olhe dentro dela.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Distribuído sob a Licença MIT.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de dados</translation>
    </message>
    <message>
        <source>Iris: R. A. Fisher (1936), “The use of multiple measurements in taxonomic problems”, from the &lt;a href=&apos;{0}&apos;&gt;UCI Machine Learning Repository&lt;/a&gt;, licensed CC BY 4.0.</source>
        <translation>Iris: R. A. Fisher (1936), “The use of multiple measurements in taxonomic problems”, do &lt;a href=&apos;{0}&apos;&gt;UCI Machine Learning Repository&lt;/a&gt;, sob a licença CC BY 4.0.</translation>
    </message>
    <message>
        <source>Handwritten digits (8×8): E. Alpaydin and C. Kaynak, “Optical Recognition of Handwritten Digits”, from the &lt;a href=&apos;{0}&apos;&gt;UCI Machine Learning Repository&lt;/a&gt; (its test part, as distributed with scikit-learn), licensed CC BY 4.0.</source>
        <translation>Dígitos manuscritos (8×8): E. Alpaydin e C. Kaynak, “Optical Recognition of Handwritten Digits”, do &lt;a href=&apos;{0}&apos;&gt;UCI Machine Learning Repository&lt;/a&gt; (a parte de teste, como distribuída com o scikit-learn), sob a licença CC BY 4.0.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
</context>
<context>
    <name>ActivationCard</name>
    <message>
        <source>Linear (identity)</source>
        <translation>Linear (identidade)</translation>
    </message>
    <message>
        <source>f(x) = x</source>
        <translation>f(x) = x</translation>
    </message>
    <message>
        <source>f′(x) = 1</source>
        <translation>f′(x) = 1</translation>
    </message>
    <message>
        <source>(−∞, ∞)</source>
        <translation>(−∞, ∞)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Nowhere: f′ = 1 everywhere</source>
        <translation>Em nenhum ponto: f′ = 1 em toda parte</translation>
    </message>
    <message>
        <source>1, everywhere</source>
        <translation>1, em toda parte</translation>
    </message>
    <message>
        <source>Output layer for regression. In hidden layers it adds nothing: a stack of linear layers is still one linear function.</source>
        <translation>Camada de saída em regressão. Em camadas ocultas, não acrescenta nada: uma pilha de camadas lineares continua sendo uma única função linear.</translation>
    </message>
    <message>
        <source>The difference quotient is exact except for rounding: the rounding error of f(x₀+ε) − f(x₀) is divided by ε, so the error grows as ε shrinks.</source>
        <translation>O quociente de diferenças é exato, exceto pelo arredondamento: o erro de arredondamento de f(x₀+ε) − f(x₀) é dividido por ε, então o erro cresce à medida que ε diminui.</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>Degrau (Heaviside)</translation>
    </message>
    <message>
        <source>f(x) = 1 for x ≥ 0,  0 for x &lt; 0</source>
        <translation>f(x) = 1 para x ≥ 0,  0 para x &lt; 0</translation>
    </message>
    <message>
        <source>f′(x) = 0 for x ≠ 0; undefined at x = 0 (0 is used)</source>
        <translation>f′(x) = 0 para x ≠ 0; não definida em x = 0 (usa-se 0)</translation>
    </message>
    <message>
        <source>Only the two values 0 and 1</source>
        <translation>Apenas os dois valores 0 e 1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Everywhere: it is flat on both sides</source>
        <translation>Em toda parte: é plana dos dois lados</translation>
    </message>
    <message>
        <source>Zero everywhere; undefined at x = 0, where f jumps</source>
        <translation>Zero em toda parte; não definida em x = 0, onde f dá um salto</translation>
    </message>
    <message>
        <source>0: no gradient ever reaches the weights below it</source>
        <translation>0: nenhum gradiente chega aos pesos abaixo dela</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s perceptron, trained by the perceptron rule. Gradient descent cannot train it.</source>
        <translation>Perceptron de Rosenblatt, treinado pela regra do perceptron. O gradiente descendente não consegue treiná-lo.</translation>
    </message>
    <message>
        <source>At the jump there is no limit: just left of 0 the quotient is 1/ε and grows without bound as ε shrinks, until x₀ + ε no longer crosses 0.</source>
        <translation>No salto não há limite: logo à esquerda de 0, o quociente é 1/ε e cresce indefinidamente à medida que ε diminui, até que x₀ + ε deixe de cruzar o 0.</translation>
    </message>
    <message>
        <source>Sigmoid (logistic)</source>
        <translation>Sigmoide (logística)</translation>
    </message>
    <message>
        <source>σ(x) = 1 / (1 + e⁻ˣ)</source>
        <translation>σ(x) = 1 / (1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>σ′(x) = σ(x) (1 − σ(x))</source>
        <translation>σ′(x) = σ(x) (1 − σ(x))</translation>
    </message>
    <message>
        <source>(0, 1)</source>
        <translation>(0, 1)</translation>
    </message>
    <message>
        <source>No: σ(0) = ½ and all outputs are &gt; 0</source>
        <translation>Não: σ(0) = ½ e todas as saídas são &gt; 0</translation>
    </message>
    <message>
        <source>For |x| ≳ 5 on both sides, where σ′(x) &lt; 0.01</source>
        <translation>Para |x| ≳ 5, dos dois lados, onde σ′(x) &lt; 0,01</translation>
    </message>
    <message>
        <source>Never zero, but it tends to 0 as |x| → ∞</source>
        <translation>Nunca é zero, mas tende a 0 quando |x| → ∞</translation>
    </message>
    <message>
        <source>¼, at x = 0</source>
        <translation>¼, em x = 0</translation>
    </message>
    <message>
        <source>Output for binary classification: a probability, with the binary cross-entropy loss. Hidden layers in early networks.</source>
        <translation>Saída em classificação binária: uma probabilidade, com a função de custo entropia cruzada binária. Camadas ocultas nas primeiras redes neurais.</translation>
    </message>
    <message>
        <source>Smooth: the error shrinks in proportion to ε.</source>
        <translation>Suave: o erro diminui proporcionalmente a ε.</translation>
    </message>
    <message>
        <source>Hyperbolic tangent (tanh)</source>
        <translation>Tangente hiperbólica (tanh)</translation>
    </message>
    <message>
        <source>tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</source>
        <translation>tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)</translation>
    </message>
    <message>
        <source>tanh′(x) = 1 − tanh²(x)</source>
        <translation>tanh′(x) = 1 − tanh²(x)</translation>
    </message>
    <message>
        <source>(−1, 1)</source>
        <translation>(−1, 1)</translation>
    </message>
    <message>
        <source>Yes: tanh(−x) = −tanh(x)</source>
        <translation>Sim: tanh(−x) = −tanh(x)</translation>
    </message>
    <message>
        <source>For |x| ≳ 3 on both sides, where tanh′(x) &lt; 0.01</source>
        <translation>Para |x| ≳ 3, dos dois lados, onde tanh′(x) &lt; 0,01</translation>
    </message>
    <message>
        <source>1, at x = 0</source>
        <translation>1, em x = 0</translation>
    </message>
    <message>
        <source>Hidden layers of small networks: zero-centred, so it usually learns faster than the sigmoid. Outputs in (−1, 1).</source>
        <translation>Camadas ocultas de redes pequenas: é centrada em zero, por isso costuma aprender mais rápido que a sigmoide. Saídas em (−1, 1).</translation>
    </message>
    <message>
        <source>Arctangent (arctan)</source>
        <translation>Arco tangente (arctan)</translation>
    </message>
    <message>
        <source>f(x) = arctan(x)</source>
        <translation>f(x) = arctan(x)</translation>
    </message>
    <message>
        <source>f′(x) = 1 / (1 + x²)</source>
        <translation>f′(x) = 1 / (1 + x²)</translation>
    </message>
    <message>
        <source>(−π/2, π/2)</source>
        <translation>(−π/2, π/2)</translation>
    </message>
    <message>
        <source>Yes: arctan(−x) = −arctan(x)</source>
        <translation>Sim: arctan(−x) = −arctan(x)</translation>
    </message>
    <message>
        <source>Slowly: f′ falls only like 1/x², so f′(10) ≈ 0.01</source>
        <translation>Lentamente: f′ cai apenas como 1/x², então f′(10) ≈ 0,01</translation>
    </message>
    <message>
        <source>Hidden layers, occasionally: a tanh that saturates more slowly.</source>
        <translation>Camadas ocultas, ocasionalmente: uma tanh que satura mais devagar.</translation>
    </message>
    <message>
        <source>ReLU (rectified linear unit)</source>
        <translation>ReLU (unidade linear retificada)</translation>
    </message>
    <message>
        <source>f(x) = max(0, x)</source>
        <translation>f(x) = max(0, x)</translation>
    </message>
    <message>
        <source>f′(x) = 0 for x &lt; 0,  1 for x &gt; 0; undefined at x = 0 (0 is used)</source>
        <translation>f′(x) = 0 para x &lt; 0,  1 para x &gt; 0; não definida em x = 0 (usa-se 0)</translation>
    </message>
    <message>
        <source>[0, ∞)</source>
        <translation>[0, ∞)</translation>
    </message>
    <message>
        <source>No: all outputs are ≥ 0</source>
        <translation>Não: todas as saídas são ≥ 0</translation>
    </message>
    <message>
        <source>For x &lt; 0, where it is flat: a unit that is always there stops learning (a “dead” ReLU). Never for x &gt; 0.</source>
        <translation>Para x &lt; 0, onde é plana: um neurônio que fica sempre nessa região para de aprender (uma ReLU “morta”). Nunca para x &gt; 0.</translation>
    </message>
    <message>
        <source>Zero for x &lt; 0; undefined at x = 0, the kink</source>
        <translation>Zero para x &lt; 0; não definida em x = 0, o bico</translation>
    </message>
    <message>
        <source>1, for every x &gt; 0</source>
        <translation>1, para todo x &gt; 0</translation>
    </message>
    <message>
        <source>The default for hidden layers, above all in deep networks.</source>
        <translation>A escolha padrão para camadas ocultas, sobretudo em redes profundas.</translation>
    </message>
    <message>
        <source>At the kink the slope is 0 from the left and 1 from the right: there is no single limit. At x₀ = 0 the quotient (f(ε) − f(0))/ε is 1 for every ε, never the 0 that is used.</source>
        <translation>No bico, a inclinação é 0 pela esquerda e 1 pela direita: não há um limite único. Em x₀ = 0, o quociente (f(ε) − f(0))/ε vale 1 para todo ε, nunca o 0 que é usado.</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>f(x) = x for x &gt; 0,  αx for x ≤ 0</source>
        <translation>f(x) = x para x &gt; 0,  αx para x ≤ 0</translation>
    </message>
    <message>
        <source>f′(x) = 1 for x &gt; 0,  α for x &lt; 0; undefined at x = 0 (α is used)</source>
        <translation>f′(x) = 1 para x &gt; 0,  α para x &lt; 0; não definida em x = 0 (usa-se α)</translation>
    </message>
    <message>
        <source>(−∞, ∞) for α &gt; 0</source>
        <translation>(−∞, ∞) para α &gt; 0</translation>
    </message>
    <message>
        <source>No: negative outputs are small</source>
        <translation>Não: as saídas negativas são pequenas</translation>
    </message>
    <message>
        <source>Never, for α &gt; 0</source>
        <translation>Nunca, para α &gt; 0</translation>
    </message>
    <message>
        <source>Never zero for α &gt; 0; undefined at x = 0, the kink</source>
        <translation>Nunca é zero para α &gt; 0; não definida em x = 0, o bico</translation>
    </message>
    <message>
        <source>The larger of 1 and α</source>
        <translation>O maior entre 1 e α</translation>
    </message>
    <message>
        <source>Hidden layers: a ReLU whose units cannot die, as some gradient always flows.</source>
        <translation>Camadas ocultas: uma ReLU cujos neurônios não morrem, pois sempre passa algum gradiente.</translation>
    </message>
    <message>
        <source>At the kink the slope is α on the left and 1 on the right: no single limit. At x₀ = 0 the quotient is 1 for every ε.</source>
        <translation>No bico, a inclinação é α à esquerda e 1 à direita: não há um limite único. Em x₀ = 0, o quociente vale 1 para todo ε.</translation>
    </message>
    <message>
        <source>ELU (exponential linear unit)</source>
        <translation>ELU (unidade linear exponencial)</translation>
    </message>
    <message>
        <source>f(x) = x for x &gt; 0,  α(eˣ − 1) for x ≤ 0</source>
        <translation>f(x) = x para x &gt; 0,  α(eˣ − 1) para x ≤ 0</translation>
    </message>
    <message>
        <source>f′(x) = 1 for x &gt; 0,  αeˣ = f(x) + α for x ≤ 0</source>
        <translation>f′(x) = 1 para x &gt; 0,  αeˣ = f(x) + α para x ≤ 0</translation>
    </message>
    <message>
        <source>(−α, ∞)</source>
        <translation>(−α, ∞)</translation>
    </message>
    <message>
        <source>Nearly: negative outputs down to −α pull the mean towards 0</source>
        <translation>Quase: as saídas negativas, que vão até −α, puxam a média para perto de 0</translation>
    </message>
    <message>
        <source>For x ≪ 0, where f approaches −α. Never for x &gt; 0.</source>
        <translation>Para x ≪ 0, onde f se aproxima de −α. Nunca para x &gt; 0.</translation>
    </message>
    <message>
        <source>Never zero, but it tends to 0 as x → −∞; undefined at x = 0 unless α = 1</source>
        <translation>Nunca é zero, mas tende a 0 quando x → −∞; não definida em x = 0, a menos que α = 1</translation>
    </message>
    <message>
        <source>Hidden layers: a smooth ReLU with zero-centred outputs.</source>
        <translation>Camadas ocultas: uma ReLU suave com saídas centradas em zero.</translation>
    </message>
    <message>
        <source>For x₀ &gt; 0 f is a straight line: the error is rounding only and grows as ε shrinks. For x₀ &lt; 0 it shrinks in proportion to ε.</source>
        <translation>Para x₀ &gt; 0, f é uma reta: o erro é só de arredondamento e cresce à medida que ε diminui. Para x₀ &lt; 0, ele diminui proporcionalmente a ε.</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>f(x) = ln(1 + eˣ)</source>
        <translation>f(x) = ln(1 + eˣ)</translation>
    </message>
    <message>
        <source>f′(x) = σ(x) = 1 / (1 + e⁻ˣ)</source>
        <translation>f′(x) = σ(x) = 1 / (1 + e⁻ˣ)</translation>
    </message>
    <message>
        <source>(0, ∞)</source>
        <translation>(0, ∞)</translation>
    </message>
    <message>
        <source>No: all outputs are &gt; 0</source>
        <translation>Não: todas as saídas são &gt; 0</translation>
    </message>
    <message>
        <source>For x ≪ 0, where it flattens towards 0. Never for x &gt; 0.</source>
        <translation>Para x ≪ 0, onde se achata, aproximando-se de 0. Nunca para x &gt; 0.</translation>
    </message>
    <message>
        <source>Never zero, but it tends to 0 as x → −∞</source>
        <translation>Nunca é zero, mas tende a 0 quando x → −∞</translation>
    </message>
    <message>
        <source>Supremum 1, approached as x → ∞ but never reached</source>
        <translation>Supremo 1, do qual se aproxima quando x → ∞, mas que nunca atinge</translation>
    </message>
    <message>
        <source>Hidden layers, as a smooth ReLU; outputs that must be positive.</source>
        <translation>Camadas ocultas, como uma ReLU suave; saídas que precisam ser positivas.</translation>
    </message>
</context>
<context>
    <name>ActivationChooser</name>
    <message>
        <source>The activation function f to explore</source>
        <translation>A função de ativação f a explorar</translation>
    </message>
    <message>
        <source>α: the slope or scale for x &lt; 0 (Leaky ReLU, ELU)</source>
        <translation>α: a inclinação ou a escala para x &lt; 0 (Leaky ReLU, ELU)</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
</context>
<context>
    <name>ActivationExplorer</name>
    <message>
        <source>f and its derivative</source>
        <translation>f e sua derivada</translation>
    </message>
    <message>
        <source>Depth: vanishing gradients</source>
        <translation>Profundidade: dissipação do gradiente</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
</context>
<context>
    <name>BackpropSteps</name>
    <message>
        <source> + … ({0} terms)</source>
        <translation> + … ({0} termos)</translation>
    </message>
    <message>
        <source>… and {0} more {1}</source>
        <translation>… e mais {0} {1}</translation>
    </message>
    <message>
        <source>The input: training row {0}</source>
        <translation>A entrada: linha de treino {0}</translation>
    </message>
    <message>
        <source>The input: training rows {0} to {1}</source>
        <translation>A entrada: linhas de treino {0} a {1}</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>a⁽⁰⁾ = x  ({0}), target y  ({1})</source>
        <translation>a⁽⁰⁾ = x  ({0}), alvo y  ({1})</translation>
    </message>
    <message>
        <source>Layer {0}, forward: the weighted sum</source>
        <translation>Camada {0}, para frente: a soma ponderada</translation>
    </message>
    <message>
        <source>neurons</source>
        <translation>neurônios</translation>
    </message>
    <message>
        <source>Layer {0}, forward: the activation {1}</source>
        <translation>Camada {0}, para frente: a ativação {1}</translation>
    </message>
    <message>
        <source>, averaged over the N = {0} rows</source>
        <translation>, com média sobre as N = {0} linhas</translation>
    </message>
    <message>
        <source>The loss: {0}</source>
        <translation>A função de custo: {0}</translation>
    </message>
    <message>
        <source>Layer {0}, backward: the loss&apos;s gradient ∂L/∂a</source>
        <translation>Camada {0}, para trás: o gradiente do custo ∂L/∂a</translation>
    </message>
    <message>
        <source>∂L/∂a{0}ⱼ = Σₖ δ{1}ₖ W{1}ⱼₖ: the sum over every path from neuron j</source>
        <translation>∂L/∂a{0}ⱼ = Σₖ δ{1}ₖ W{1}ⱼₖ: a soma sobre todos os caminhos que saem do neurônio j</translation>
    </message>
    <message>
        <source>Layer {0}, backward: ∂L/∂a, the total derivative</source>
        <translation>Camada {0}, para trás: ∂L/∂a, a derivada total</translation>
    </message>
    <message>
        <source>δ{0} = (a{0} − y) / N: with the {1} loss, the output&apos;s f′ cancels</source>
        <translation>δ{0} = (a{0} − y) / N: com a função de custo {1}, o f′ da saída se cancela</translation>
    </message>
    <message>
        <source>δ{0}ₖ = Σⱼ ∂L/∂aⱼ · ∂aⱼ/∂zₖ: through the softmax Jacobian</source>
        <translation>δ{0}ₖ = Σⱼ ∂L/∂aⱼ · ∂aⱼ/∂zₖ: pela jacobiana da softmax</translation>
    </message>
    <message>
        <source>Layer {0}, backward: δ = ∂L/∂z</source>
        <translation>Camada {0}, para trás: δ = ∂L/∂z</translation>
    </message>
    <message>
        <source>With N = {0} rows, ∂L/∂W is the average of each row&apos;s own gradient:</source>
        <translation>Com N = {0} linhas, ∂L/∂W é a média dos gradientes de cada linha:</translation>
    </message>
    <message>
        <source>row {0}: ∂Lₙ/∂W{1}</source>
        <translation>linha {0}: ∂Lₙ/∂W{1}</translation>
    </message>
    <message>
        <source>Layer {0}, backward: the gradients of W and b</source>
        <translation>Camada {0}, para trás: os gradientes de W e b</translation>
    </message>
    <message>
        <source>λ = {0}</source>
        <translation>λ = {0}</translation>
    </message>
    <message>
        <source>W{0} before</source>
        <translation>W{0} antes</translation>
    </message>
    <message>
        <source>W{0} after</source>
        <translation>W{0} depois</translation>
    </message>
    <message>
        <source>b{0} before</source>
        <translation>b{0} antes</translation>
    </message>
    <message>
        <source>b{0} after</source>
        <translation>b{0} depois</translation>
    </message>
    <message>
        <source>Training uses {0}, which also weighs in its running averages: shown here is the plain gradient step.</source>
        <translation>O treinamento usa {0}, que também leva em conta suas médias móveis: aqui aparece apenas o passo simples do gradiente.</translation>
    </message>
    <message>
        <source>Regularisation adds its own term to ∂L/∂W when the trainer steps.</source>
        <translation>A regularização acrescenta seu próprio termo a ∂L/∂W a cada passo do treinamento.</translation>
    </message>
    <message>
        <source>The update: gradient descent with learning rate λ</source>
        <translation>A atualização: gradiente descendente com taxa de aprendizado λ</translation>
    </message>
</context>
<context>
    <name>BackpropTab</name>
    <message>
        <source>The training row to follow; or click its point</source>
        <translation>A linha de treino a acompanhar; ou clique no ponto dela</translation>
    </message>
    <message>
        <source>A mini-batch: this many rows from the sample on; the gradient is the average</source>
        <translation>Um minilote: esta quantidade de linhas a partir da amostra; o gradiente é a média</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>Ir para um passo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The step before (Page Up)</source>
        <translation>O passo anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down)</source>
        <translation>O próximo passo (Page Down)</translation>
    </message>
    <message>
        <source>Sample #</source>
        <translation>Amostra nº</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Weights of epoch {0}</source>
        <translation>Pesos da época {0}</translation>
    </message>
    <message>
        <source>Tracing the sample…</source>
        <translation>Rastreando a amostra…</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>passo {0} de {1}</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>{0}: class {1}</source>
        <translation>{0}: classe {1}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>exit status:
  0  {0}
  2  invalid input: missing or unreadable file, invalid JSON, a field that is not allowed,
     a CSV problem, or bad command-line arguments
  3  the loss diverged (became NaN or infinite); the summary says at which epoch
</source>
        <translation>código de saída:
  0  {0}
  2  entrada inválida: arquivo ausente ou ilegível, JSON inválido, um campo não permitido,
     um problema no CSV ou argumentos de linha de comando errados
  3  o custo divergiu (virou NaN ou infinito); o resumo diz em que época
</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra esta mensagem de ajuda e sai</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>error: {0} (see {1} --help)</source>
        <translation>erro: {0} (veja {1} --help)</translation>
    </message>
    <message>
        <source>must be an integer &gt;= 1, got {0!r}</source>
        <translation>deve ser um inteiro &gt;= 1, recebido {0!r}</translation>
    </message>
    <message>
        <source>the language of the messages: en or pt_BR (default: the one chosen in the window, else the system&apos;s)</source>
        <translation>o idioma das mensagens: en ou pt_BR (padrão: o escolhido na janela, senão o do sistema)</translation>
    </message>
    <message>
        <source>training finished</source>
        <translation>treino concluído</translation>
    </message>
    <message>
        <source>Neural Playground without a window.</source>
        <translation>Neural Playground sem janela.</translation>
    </message>
    <message>
        <source>train an experiment file and print its losses</source>
        <translation>treina um arquivo de experimento e mostra seus custos</translation>
    </message>
    <message>
        <source>Train the experiment described by a JSON file and print a summary.</source>
        <translation>Treina o experimento descrito por um arquivo JSON e mostra um resumo.</translation>
    </message>
    <message>
        <source>an experiment file, or the name of an example: {0}</source>
        <translation>um arquivo de experimento, ou o nome de um exemplo: {0}</translation>
    </message>
    <message>
        <source>epochs to train (default: the file&apos;s training.epochs, else {0})</source>
        <translation>épocas a treinar (padrão: o training.epochs do arquivo, senão {0})</translation>
    </message>
    <message>
        <source>print one JSON object per epoch, then {&apos;summary&apos;: {...}}; nothing else</source>
        <translation>mostra um objeto JSON por época, depois {&apos;summary&apos;: {...}}; nada mais</translation>
    </message>
    <message>
        <source>then write the experiment with its trained weights and history to OUT.json (training it again continues from them)</source>
        <translation>depois grava o experimento com seus pesos treinados e seu histórico em OUT.json (treiná-lo de novo continua a partir deles)</translation>
    </message>
    <message>
        <source>write out backpropagation for one training row, with the numbers</source>
        <translation>descreve a retropropagação de uma linha de treino, com os números</translation>
    </message>
    <message>
        <source>Backpropagation for one training row of an experiment, step by step: the forward pass, the loss, the backward pass (with each hidden neuron&apos;s sum over its paths) and the update, as plain text or JSON.</source>
        <translation>A retropropagação de uma linha de treino de um experimento, passo a passo: a propagação direta, o custo, a passagem para trás (com a soma de cada neurônio oculto sobre os seus caminhos) e a atualização, em texto simples ou JSON.</translation>
    </message>
    <message>
        <source>written out</source>
        <translation>descrição escrita</translation>
    </message>
    <message>
        <source>the training row, from 0 (default 0)</source>
        <translation>a linha de treino, a partir de 0 (padrão 0)</translation>
    </message>
    <message>
        <source>train N epochs first (default 0: the starting weights)</source>
        <translation>treina N épocas antes (padrão 0: os pesos iniciais)</translation>
    </message>
    <message>
        <source>print the records of every layer as one JSON object</source>
        <translation>mostra os registros de cada camada como um objeto JSON</translation>
    </message>
    <message>
        <source>print a trained network&apos;s outputs for rows of a CSV</source>
        <translation>imprime as saídas de uma rede treinada para as linhas de um CSV</translation>
    </message>
    <message>
        <source>Read the data set&apos;s input columns (by header name) from DATA.csv, transform them as training does, and print the network&apos;s outputs as CSV: one column per output (p_CLASS for class probabilities, y for a regression), one row per row.</source>
        <translation>Lê as colunas de entrada do conjunto de dados (pelo nome no cabeçalho) de DATA.csv, transforma-as como o treino faz e imprime as saídas da rede como CSV: uma coluna por saída (p_CLASSE para probabilidades de classe, y para uma regressão), uma linha por linha.</translation>
    </message>
    <message>
        <source>a CSV file with a header naming the input columns</source>
        <translation>um arquivo CSV com um cabeçalho que nomeia as colunas de entrada</translation>
    </message>
    <message>
        <source>epoch {0}/{1}  train loss {2}  test loss {3}</source>
        <translation>época {0}/{1}  custo de treino {2}  custo de teste {3}</translation>
    </message>
    <message>
        <source>{0}  acc {1}</source>
        <translation>{0}  acurácia {1}</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>conjunto de dados</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>custo de treino</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>custo de teste</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>acurácia de treino</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>acurácia de teste</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parâmetros</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parou</translation>
    </message>
    <message>
        <source>this experiment trains with the {0} rule; explain writes out backpropagation (choose the rule backprop)</source>
        <translation>este experimento treina com a regra {0}; explain descreve a retropropagação (escolha a regra backprop)</translation>
    </message>
    <message>
        <source>--epochs must be 0 or more, got {0}</source>
        <translation>--epochs deve ser 0 ou mais, recebido {0}</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>não foi possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>note: {0} has no trained weights; these are the outputs of the seed&apos;s starting weights (train it with --save first)</source>
        <translation>nota: {0} não tem pesos treinados; estas são as saídas dos pesos iniciais da semente (treine-o antes com --save)</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>erro: {0}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>no file {0!r} here and no example of that name; examples: {1}</source>
        <translation>nenhum arquivo {0!r} aqui e nenhum exemplo com esse nome; exemplos: {1}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>true</source>
        <translation>real</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>Accuracy: {0} %</source>
        <translation>Acurácia: {0} %</translation>
    </message>
    <message>
        <source>Accuracy: –</source>
        <translation>Acurácia: –</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>line {0} has {1} column; a dataset needs at least one feature column and a label column</source>
        <translation>a linha {0} tem {1} coluna; um conjunto de dados precisa de pelo menos uma coluna de atributos e uma coluna de rótulo</translation>
    </message>
    <message>
        <source>the file has {0} data rows; at least {1} are needed</source>
        <translation>o arquivo tem {0} linhas de dados; são necessárias pelo menos {1}</translation>
    </message>
    <message>
        <source>{0} is not a valid gzip file: {1}</source>
        <translation>{0} não é um arquivo gzip válido: {1}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>linha {0}: {1}</translation>
    </message>
    <message>
        <source>label {0!r} is a column name, but header=False</source>
        <translation>o rótulo {0!r} é um nome de coluna, mas header=False</translation>
    </message>
    <message>
        <source>no column named {0!r} in the header; columns are: {1}</source>
        <translation>nenhuma coluna chamada {0!r} no cabeçalho; as colunas são: {1}</translation>
    </message>
    <message>
        <source>label column index {0} is out of range for {1} columns</source>
        <translation>o índice de coluna do rótulo {0} está fora do intervalo para {1} colunas</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>linha {0}, coluna {1}</translation>
    </message>
    <message>
        <source>line {0} has {1} columns, expected {2}</source>
        <translation>a linha {0} tem {1} colunas, esperadas {2}</translation>
    </message>
    <message>
        <source>{0}: missing value</source>
        <translation>{0}: valor ausente</translation>
    </message>
    <message>
        <source>{0}: {1!r} is not a number</source>
        <translation>{0}: {1!r} não é um número</translation>
    </message>
    <message>
        <source>{0}: {1!r} is not a number (regression needs numeric labels)</source>
        <translation>{0}: {1!r} não é um número (a regressão precisa de rótulos numéricos)</translation>
    </message>
    <message>
        <source>the label column {0} has only one class</source>
        <translation>a coluna do rótulo {0} tem uma só classe</translation>
    </message>
    <message>
        <source>{0} must be between {1:g} and {2:g}, got {3!r}</source>
        <translation>{0} deve estar entre {1:g} e {2:g}, recebido {3!r}</translation>
    </message>
    <message>
        <source>{0} must be an integer between {1} and {2}, got {3!r}</source>
        <translation>{0} deve ser um inteiro entre {1} e {2}, recebido {3!r}</translation>
    </message>
    <message>
        <source>n must be between {0} and {1} for {2}, got {3}</source>
        <translation>n deve estar entre {0} e {1} para {2}, recebido {3}</translation>
    </message>
    <message>
        <source>unknown dataset {0!r}; allowed: {1}</source>
        <translation>conjunto de dados desconhecido {0!r}; permitidos: {1}</translation>
    </message>
    <message>
        <source>X must have shape (N, 2), got {0}</source>
        <translation>X deve ter a forma (N, 2), recebido {0}</translation>
    </message>
    <message>
        <source>select at least one feature from: {0}</source>
        <translation>escolha pelo menos um atributo entre: {0}</translation>
    </message>
    <message>
        <source>unknown feature {0!r}; allowed: {1}</source>
        <translation>atributo desconhecido {0!r}; permitidos: {1}</translation>
    </message>
    <message>
        <source>each feature can be selected once, got {0}</source>
        <translation>cada atributo só pode ser escolhido uma vez, recebido {0}</translation>
    </message>
    <message>
        <source>features can only be applied to a 2-D dataset with inputs x1, x2; {0!r} has {1}</source>
        <translation>os atributos só se aplicam a um conjunto de dados 2D com entradas x1, x2; {0!r} tem {1}</translation>
    </message>
</context>
<context>
    <name>DataControls</name>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>Gaussiana</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Plano (regressão)</translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation>Multigaussiana (regressão)</translation>
    </message>
    <message>
        <source>Blobs (K classes)</source>
        <translation>Aglomerados (K classes)</translation>
    </message>
    <message>
        <source>Spiral (K classes)</source>
        <translation>Espiral (K classes)</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>Porta AND</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>Porta OR</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>Porta NAND</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Porta XOR</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>Iris</translation>
    </message>
    <message>
        <source>Digits 8×8</source>
        <translation>Dígitos 8×8</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Arquivo CSV…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>How much the points are jittered (0–{0} %)</source>
        <translation>Quanto os pontos são espalhados ao acaso (0–{0} %)</translation>
    </message>
    <message>
        <source>Number of points (train + test)</source>
        <translation>Número de pontos (treino + teste)</translation>
    </message>
    <message>
        <source>Share of the points used for training</source>
        <translation>Fração dos pontos usada para treino</translation>
    </message>
    <message>
        <source>Number of classes K</source>
        <translation>Número de classes K</translation>
    </message>
    <message>
        <source>Same seed, same data and same starting weights</source>
        <translation>Mesma semente, mesmos dados e mesmos pesos iniciais</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>New random data and weights (next seed)</source>
        <translation>Novos dados e pesos aleatórios (próxima semente)</translation>
    </message>
    <message>
        <source>The CSV column that holds the class or target</source>
        <translation>A coluna do CSV que contém a classe ou o alvo</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Coluna do rótulo</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Abrir um arquivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.csv.gz)</source>
        <translation>Arquivos CSV (*.csv *.txt *.csv.gz)</translation>
    </message>
</context>
<context>
    <name>DepthTab</name>
    <message>
        <source>How many layers with this activation are stacked</source>
        <translation>Quantas camadas com esta ativação são empilhadas</translation>
    </message>
    <message>
        <source>Backpropagation multiplies the gradient by f′(z) once per layer (and by the weights, taken as 1 here), so after k layers it is at most (max f′)ᵏ. Below 1 this shrinks exponentially with depth: the gradient vanishes and the first layers hardly learn. Above 1 it can grow without bound: the gradient explodes.</source>
        <translation>A retropropagação multiplica o gradiente por f′(z) uma vez por camada (e pelos pesos, aqui iguais a 1), então, depois de k camadas, ele é no máximo (max f′)ᵏ. Abaixo de 1, isso encolhe exponencialmente com a profundidade: o gradiente desaparece e as primeiras camadas quase não aprendem. Acima de 1, pode crescer sem limite: o gradiente explode.</translation>
    </message>
    <message>
        <source>layers k</source>
        <translation>camadas k</translation>
    </message>
    <message>
        <source>(max f′)ᵏ</source>
        <translation>(max f′)ᵏ</translation>
    </message>
    <message>
        <source>chosen activation</source>
        <translation>ativação escolhida</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Largest slope max f′: {0}</source>
        <translation>Maior inclinação max f′: {0}</translation>
    </message>
    <message>
        <source>{name}, {k} layers: (max f′)ᵏ = {base}{power} ≈ {value}</source>
        <translation>{name}, {k} camadas: (max f′)ᵏ = {base}{power} ≈ {value}</translation>
    </message>
</context>
<context>
    <name>DerivativeDemo</name>
    <message>
        <source>The derivative as a limit</source>
        <translation>A derivada como limite</translation>
    </message>
    <message>
        <source>f′(x₀) = lim (f(x₀ + ε) − f(x₀)) / ε  as ε → 0</source>
        <translation>f′(x₀) = lim (f(x₀ + ε) − f(x₀)) / ε  quando ε → 0</translation>
    </message>
    <message>
        <source>Move right to make ε smaller</source>
        <translation>Arraste para a direita para diminuir ε</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Quociente</translation>
    </message>
    <message>
        <source>Analytic f′(x₀)</source>
        <translation>f′(x₀) analítica</translation>
    </message>
    <message>
        <source>Absolute error</source>
        <translation>Erro absoluto</translation>
    </message>
    <message>
        <source>quotient</source>
        <translation>quociente</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>Click a row to choose that ε</source>
        <translation>Clique em uma linha para escolher esse ε</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>AND gate with the perceptron rule</source>
        <translation>Porta AND com a regra do perceptron</translation>
    </message>
    <message>
        <source>Circle (the default)</source>
        <translation>Círculo (o padrão)</translation>
    </message>
    <message>
        <source>Digits 8×8</source>
        <translation>Dígitos 8×8</translation>
    </message>
    <message>
        <source>Iris with softmax</source>
        <translation>Iris com softmax</translation>
    </message>
    <message>
        <source>Spiral, 6 layers of 8 neurons</source>
        <translation>Espiral, 6 camadas de 8 neurônios</translation>
    </message>
    <message>
        <source>Spiral with ReLU</source>
        <translation>Espiral com ReLU</translation>
    </message>
    <message>
        <source>XOR gate with the perceptron rule</source>
        <translation>Porta XOR com a regra do perceptron</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>a file path</source>
        <translation>um caminho de arquivo</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <source>{0}: must be an object, got {1!r}</source>
        <translation>{0}: deve ser um objeto, recebido {1!r}</translation>
    </message>
    <message>
        <source>{0}: unknown field; allowed: {1}</source>
        <translation>{0}: campo desconhecido; permitidos: {1}</translation>
    </message>
    <message>
        <source>network.activations: {0} hidden layers need {0} activations, got {1}</source>
        <translation>network.activations: {0} camadas ocultas precisam de {0} funções de ativação, recebidas {1}</translation>
    </message>
    <message>
        <source>data.csv_path: required when data.name is csv</source>
        <translation>data.csv_path: obrigatório quando data.name é csv</translation>
    </message>
    <message>
        <source>not valid JSON: line {0} column {1}: {2}</source>
        <translation>JSON inválido: linha {0}, coluna {1}: {2}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>não foi possível gravar {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>não foi possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: must be a list of rows of numbers, all as long</source>
        <translation>{0}: deve ser uma lista de linhas de números, todas do mesmo comprimento</translation>
    </message>
    <message>
        <source>{0}: must be a list of numbers</source>
        <translation>{0}: deve ser uma lista de números</translation>
    </message>
    <message>
        <source>{0}: every number must be finite</source>
        <translation>{0}: todo número deve ser finito</translation>
    </message>
    <message>
        <source>{0}: must be a list</source>
        <translation>{0}: deve ser uma lista</translation>
    </message>
    <message>
        <source>{0}: must be whole numbers &gt;= 0</source>
        <translation>{0}: devem ser números inteiros &gt;= 0</translation>
    </message>
    <message>
        <source>state.history: the lists have unequal lengths: {0}</source>
        <translation>state.history: as listas têm comprimentos diferentes: {0}</translation>
    </message>
    <message>
        <source>state.shuffle: not a PCG64 generator state</source>
        <translation>state.shuffle: não é um estado de gerador PCG64</translation>
    </message>
    <message>
        <source>state.{0}: the network has {1} layers, got {2}</source>
        <translation>state.{0}: a rede tem {1} camadas, recebido {2}</translation>
    </message>
    <message>
        <source>state.epoch: must be a whole number &gt;= 0, got {0!r}</source>
        <translation>state.epoch: deve ser um número inteiro &gt;= 0, recebido {0!r}</translation>
    </message>
    <message>
        <source>{0}: shape {1} does not match the network&apos;s {2}</source>
        <translation>{0}: a forma {1} não corresponde à da rede, {2}</translation>
    </message>
    <message>
        <source>data.csv_path: cannot read {0}: {1}</source>
        <translation>data.csv_path: não foi possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>must be {0}, got {1!r}</source>
        <translation>deve ser {0}, recebido {1!r}</translation>
    </message>
    <message>
        <source>a number {0} {1:g} and {2} {3:g}</source>
        <translation>um número {0} {1:g} e {2} {3:g}</translation>
    </message>
    <message>
        <source>an integer {0}..{1}</source>
        <translation>um inteiro {0}..{1}</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>um destes: {0}</translation>
    </message>
    <message>
        <source>{0!r} is not allowed; allowed: {1}</source>
        <translation>{0!r} não é permitido; permitidos: {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a non-empty text ({0})</source>
        <translation>um texto não vazio ({0})</translation>
    </message>
    <message>
        <source>a column name (text) or an integer column index</source>
        <translation>um nome de coluna (texto) ou um índice de coluna inteiro</translation>
    </message>
    <message>
        <source>null or {0}</source>
        <translation>null ou {0}</translation>
    </message>
    <message>
        <source>a list of {0}..{1} items, each {2}</source>
        <translation>uma lista de {0}..{1} itens, cada um {2}</translation>
    </message>
    <message>
        <source>must have {0}..{1} items, got {2}</source>
        <translation>deve ter {0}..{1} itens, recebidos {2}</translation>
    </message>
    <message>
        <source>{0!r} appears more than once</source>
        <translation>{0!r} aparece mais de uma vez</translation>
    </message>
    <message>
        <source>network.hidden: the {0} rule (training.rule) trains a single neuron: remove the hidden layers</source>
        <translation>network.hidden: a regra {0} (training.rule) treina um único neurônio: remova as camadas ocultas</translation>
    </message>
    <message>
        <source>network.output_activation: the {0} rule (training.rule) needs a {1} output, not {2}</source>
        <translation>network.output_activation: a regra {0} (training.rule) precisa de uma saída {1}, não {2}</translation>
    </message>
    <message>
        <source>data.name: the {0} rule (training.rule) has one output and separates 2 classes; {1} has {2}</source>
        <translation>data.name: a regra {0} (training.rule) tem uma saída e separa 2 classes; {1} tem {2}</translation>
    </message>
    <message>
        <source>data.name: the perceptron rule (training.rule) classifies; {0} is a regression data set</source>
        <translation>data.name: a regra do perceptron (training.rule) classifica; {0} é um conjunto de dados de regressão</translation>
    </message>
    <message>
        <source>network.output_activation: softmax is for classification; {0} is a regression data set</source>
        <translation>network.output_activation: a softmax serve para classificação; {0} é um conjunto de dados de regressão</translation>
    </message>
    <message>
        <source>training.loss: {0} is for classification; {1} is a regression data set</source>
        <translation>training.loss: {0} serve para classificação; {1} é um conjunto de dados de regressão</translation>
    </message>
    <message>
        <source>training.loss: the {0} loss needs a {1} output, not {2} (network.output_activation)</source>
        <translation>training.loss: a função de custo {0} precisa de uma saída {1}, não {2} (network.output_activation)</translation>
    </message>
</context>
<context>
    <name>ExperimentFiles</name>
    <message>
        <source>Open an experiment</source>
        <translation>Abrir um experimento</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimentos (*.json)</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>Não foi possível abrir {0}: {1}</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Salvar o experimento</translation>
    </message>
    <message>
        <source>Cannot save {0}: {1}</source>
        <translation>Não foi possível salvar {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>--sample must be between 0 and {0} (the training rows): {1}</source>
        <translation>--sample deve estar entre 0 e {0} (as linhas de treino): {1}</translation>
    </message>
    <message>
        <source>rows {0} to {1} are not all training rows</source>
        <translation>as linhas {0} a {1} não são todas linhas de treino</translation>
    </message>
    <message>
        <source>Training row {0}: a⁽⁰⁾ = x ({1})</source>
        <translation>Linha de treino {0}: a⁽⁰⁾ = x ({1})</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Propagação direta</translation>
    </message>
    <message>
        <source>Loss ({0}) against y = {1}: L = {2}</source>
        <translation>Custo ({0}) em relação a y = {1}: L = {2}</translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Passagem para trás</translation>
    </message>
    <message>
        <source>Update, learning rate λ = {0}: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b</source>
        <translation>Atualização, taxa de aprendizado λ = {0}: W ← W − λ·∂L/∂W, b ← b − λ·∂L/∂b</translation>
    </message>
    <message>
        <source>W{0} before:</source>
        <translation>W{0} antes:</translation>
    </message>
    <message>
        <source>W{0} after:</source>
        <translation>W{0} depois:</translation>
    </message>
    <message>
        <source>Layer {0} ({1}): {2} → {3}</source>
        <translation>Camada {0} ({1}): {2} → {3}</translation>
    </message>
    <message>
        <source>a{0} − y  ({1} with its loss: the terms cancel)</source>
        <translation>a{0} − y  ({1} com seu custo: os termos se cancelam)</translation>
    </message>
    <message>
        <source>J(z{0})ᵀ ∂L/∂a{0}  (the softmax Jacobian)</source>
        <translation>J(z{0})ᵀ ∂L/∂a{0}  (a jacobiana da softmax)</translation>
    </message>
    <message>
        <source>Layer {0} ({1}, output)</source>
        <translation>Camada {0} ({1}, saída)</translation>
    </message>
    <message>
        <source>Layer {0} ({1}, hidden)</source>
        <translation>Camada {0} ({1}, oculta)</translation>
    </message>
    <message>
        <source>∂L/∂a{0} = {1}  (from the loss)</source>
        <translation>∂L/∂a{0} = {1}  (vindo do custo)</translation>
    </message>
    <message>
        <source>neuron {0}: {1}{2} = {3}{2} = {4}</source>
        <translation>neurônio {0}: {1}{2} = {3}{2} = {4}</translation>
    </message>
</context>
<context>
    <name>FeaturesControls</name>
    <message>
        <source>Features</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Feed {0} to the network</source>
        <translation>Usar {0} como entrada da rede</translation>
    </message>
    <message>
        <source>Standardise columns</source>
        <translation>Padronizar as colunas</translation>
    </message>
    <message>
        <source>Scale each input column to mean 0 and standard deviation 1 (training data)</source>
        <translation>Ajustar cada coluna de entrada para média 0 e desvio padrão 1 (dados de treino)</translation>
    </message>
    <message>
        <source>Feature transforms apply to 2-D data only.</source>
        <translation>As transformações de atributos valem só para dados 2D.</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>{0} uses an operation that is not + − * / or ^.</source>
        <translation>{0} usa uma operação que não é + − * / nem ^.</translation>
    </message>
    <message>
        <source>{0} has a comma: write decimals with a point, as in 1.5.</source>
        <translation>{0} tem uma vírgula fora de um número: escreva decimais como 1,5 ou 1.5, sem espaços.</translation>
    </message>
    <message>
        <source>{0} has no place in a formula.</source>
        <translation>{0} não cabe em uma fórmula.</translation>
    </message>
    <message>
        <source>{0!r} (character {1}) has no place in a formula.</source>
        <translation>{0!r} (caractere {1}) não cabe em uma fórmula.</translation>
    </message>
    <message>
        <source>A &apos;|&apos; is not closed: write |w| for the absolute value.</source>
        <translation>Um &apos;|&apos; não foi fechado: escreva |w| para o valor absoluto.</translation>
    </message>
    <message>
        <source>The formula stops too soon: something is missing.</source>
        <translation>A fórmula termina cedo demais: falta alguma coisa.</translation>
    </message>
    <message>
        <source>The parenthesis at character {0} is not matched.</source>
        <translation>O parêntese no caractere {0} não tem par.</translation>
    </message>
    <message>
        <source>The formula breaks at character {0}: {1}.</source>
        <translation>A fórmula falha no caractere {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a number.</source>
        <translation>{0} não é um número.</translation>
    </message>
    <message>
        <source>The number {0} is too large.</source>
        <translation>O número {0} é grande demais.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a function: write {0}(w).</source>
        <translation>&apos;{0}&apos; é uma função: escreva {0}(w).</translation>
    </message>
    <message>
        <source>Unknown name {0}: use w.</source>
        <translation>Nome desconhecido {0}: use w.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a function: write {0}*(…) for a product.</source>
        <translation>&apos;{0}&apos; não é uma função: escreva {0}*(…) para um produto.</translation>
    </message>
    <message>
        <source>Unknown function {0}: use {1}.</source>
        <translation>Função desconhecida {0}: use {1}.</translation>
    </message>
    <message>
        <source>{0} takes one argument, as in {0}(w).</source>
        <translation>{0} recebe um só argumento, como em {0}(w).</translation>
    </message>
    <message>
        <source>{0} has no value: does it divide by zero?</source>
        <translation>{0} não tem valor: há uma divisão por zero?</translation>
    </message>
    <message>
        <source>{0} makes numbers of over {1} digits.</source>
        <translation>{0} gera números com mais de {1} dígitos.</translation>
    </message>
    <message>
        <source>The power {0} is too large: exponents go up to {1}.</source>
        <translation>A potência {0} é grande demais: os expoentes vão até {1}.</translation>
    </message>
    <message>
        <source>The formula has imaginary numbers (such as √(−1) or log(−1)): J(w) must be real.</source>
        <translation>A fórmula tem números imaginários (como √(−1) ou log(−1)): J(w) deve ser real.</translation>
    </message>
    <message>
        <source>J(w) = {0} does not depend on w: its slope is 0 everywhere and w would never move. Write a formula in w.</source>
        <translation>J(w) = {0} não depende de w: sua inclinação é 0 em toda parte e w nunca se moveria. Escreva uma fórmula em w.</translation>
    </message>
    <message>
        <source>The formula cannot be computed: its numbers are too large.</source>
        <translation>A fórmula não pode ser calculada: seus números são grandes demais.</translation>
    </message>
    <message>
        <source>J(w) and dJ/dw have no finite real values for w from {0} to {1}.</source>
        <translation>J(w) e dJ/dw não têm valores reais finitos para w de {0} a {1}.</translation>
    </message>
    <message>
        <source>The formula is empty: type a cost in w, such as w² − 3w.</source>
        <translation>A fórmula está vazia: digite um custo em w, como w² − 3w.</translation>
    </message>
    <message>
        <source>The formula is too long ({0} characters; at most {1}): {2}.</source>
        <translation>A fórmula é longa demais ({0} caracteres; no máximo {1}): {2}.</translation>
    </message>
</context>
<context>
    <name>FormulaField</name>
    <message>
        <source>e.g. w**4 − 3*w**2 or w³ − 2w, then Enter</source>
        <translation>ex.: w**4 − 3*w**2 ou w³ − 2w, depois Enter</translation>
    </message>
    <message>
        <source>Type a cost of w and press Enter: SymPy finds dJ/dw.
Numbers, w, e, pi; + − * / and ^ or ** for powers (w² works too);
abs, sqrt, exp, log, sin, cos, tan, sinh, cosh, tanh.</source>
        <translation>Digite um custo em função de w e pressione Enter: o SymPy calcula dJ/dw.
Números, w, e, pi; + − * / e ^ ou ** para potências (w² também funciona);
abs, sqrt, exp, log, sin, cos, tan, sinh, cosh, tanh.</translation>
    </message>
</context>
<context>
    <name>FunctionPlot</name>
    <message>
        <source>tangent at x₀</source>
        <translation>tangente em x₀</translation>
    </message>
    <message>
        <source>Drag to move x₀</source>
        <translation>Arraste para mover x₀</translation>
    </message>
</context>
<context>
    <name>FunctionTab</name>
    <message>
        <source>Left end of the x axis</source>
        <translation>Extremidade esquerda do eixo x</translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation>Extremidade direita do eixo x</translation>
    </message>
    <message>
        <source>x₀, where f′ is examined</source>
        <translation>x₀, onde f′ é examinada</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Marker x₀</source>
        <translation>Marcador x₀</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar com</translation>
    </message>
</context>
<context>
    <name>GraphTexts</name>
    <message>
        <source>output neuron {0} (class {1})</source>
        <translation>neurônio de saída {0} (classe {1})</translation>
    </message>
    <message>
        <source>output neuron {0}</source>
        <translation>neurônio de saída {0}</translation>
    </message>
    <message>
        <source>neuron {0} of layer {1}</source>
        <translation>neurônio {0} da camada {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} params</source>
        <translation>{0} parâm.</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} parâmetros</translation>
    </message>
    <message>
        <source>click: on/off</source>
        <translation>clique: liga/desliga</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ent.</translation>
    </message>
    <message>
        <source>output</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>camada {0}</translation>
    </message>
    <message>
        <source>L{0}</source>
        <translation>C{0}</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morto</translation>
    </message>
    <message>
        <source>sat.</source>
        <translation>sat.</translation>
    </message>
    <message>
        <source>New weight: Enter to apply, Esc to cancel</source>
        <translation>Novo peso: Enter para aplicar, Esc para cancelar</translation>
    </message>
    <message>
        <source>New bias of {0}: Enter to apply, Esc to cancel</source>
        <translation>Novo viés do {0}: Enter para aplicar, Esc para cancelar</translation>
    </message>
    <message>
        <source>{0}: not computed yet (train one step)</source>
        <translation>{0}: ainda não calculado (treine um passo)</translation>
    </message>
    <message>
        <source>w = {0} (from {1} to {2})</source>
        <translation>w = {0} (de {1} para {2})</translation>
    </message>
    <message>
        <source>Click to edit</source>
        <translation>Clique para editar</translation>
    </message>
    <message>
        <source>b = {0} (bias of {1})</source>
        <translation>b = {0} (viés do {1})</translation>
    </message>
    <message>
        <source>Dead ReLU: outputs 0 on every training point, so it receives no gradient</source>
        <translation>ReLU morto: a saída é 0 em todos os pontos de treino, então ele não recebe gradiente</translation>
    </message>
    <message>
        <source>Saturated: |z| &gt; 4 on most training points, so its derivative is almost 0</source>
        <translation>Saturado: |z| &gt; 4 na maioria dos pontos de treino, então sua derivada é quase 0</translation>
    </message>
    <message>
        <source>For sample #{0}:</source>
        <translation>Para a amostra nº {0}:</translation>
    </message>
    <message>
        <source>{0}…{1}: the outputs of layer {2}</source>
        <translation>{0}…{1}: as saídas da camada {2}</translation>
    </message>
    <message>
        <source>{0} is not an input of the network.
Click to add it.</source>
        <translation>{0} não é uma entrada da rede.
Clique para adicionar.</translation>
    </message>
    <message>
        <source>Input {0}: {1}</source>
        <translation>Entrada {0}: {1}</translation>
    </message>
    <message>
        <source>{0} = {1} for sample #{2}</source>
        <translation>{0} = {1} na amostra nº {2}</translation>
    </message>
    <message>
        <source>Click to remove it from the inputs.</source>
        <translation>Clique para remover das entradas.</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Test images: true → predicted class, mistakes framed in red</source>
        <translation>Imagens de teste: classe real → prevista, erros com moldura vermelha</translation>
    </message>
    <message>
        <source>Layer 1 weights: one image per neuron (orange −, blue +)</source>
        <translation>Pesos da camada 1: uma imagem por neurônio (laranja −, azul +)</translation>
    </message>
</context>
<context>
    <name>JacobianView</name>
    <message>
        <source>output pᵢ</source>
        <translation>saída pᵢ</translation>
    </message>
    <message>
        <source>input zⱼ</source>
        <translation>entrada zⱼ</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app will be in {0} the next time it starts. Start it again now?</source>
        <translation>O aplicativo estará em {0} na próxima vez que for aberto. Abrir de novo agora?</translation>
    </message>
    <message>
        <source>The experiment opens again as it is set now; its training starts again from the first epoch.</source>
        <translation>O experimento abre de novo como está configurado agora; o treino recomeça da primeira época.</translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation>Abrir de novo agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>O que ela mostra</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Observe</translation>
    </message>
    <message>
        <source>Before you press Play</source>
        <translation>Antes de clicar em Executar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Lesson {0} of {1}</source>
        <translation>Lição {0} de {1}</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lições</translation>
    </message>
    <message>
        <source>The lessons cannot be read: {0}</source>
        <translation>Não foi possível ler as lições: {0}</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>loss</source>
        <translation>custo</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>acurácia</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <source>train</source>
        <translation>treino</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read the values.</source>
        <translation>Passe o mouse sobre o gráfico para ler os valores.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: loss {train_loss} (train), {test_loss} (test); accuracy {train_accuracy} (train), {test_accuracy} (test)</source>
        <translation>Época {epoch}: custo {train_loss} (treino), {test_loss} (teste); acurácia {train_accuracy} (treino), {test_accuracy} (teste)</translation>
    </message>
    <message>
        <source>Epoch {epoch}: loss {train_loss} (train), {test_loss} (test)</source>
        <translation>Época {epoch}: custo {train_loss} (treino), {test_loss} (teste)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Neural Playground</source>
        <translation>Neural Playground</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Play / Pause (Space)</source>
        <translation>Executar / Pausar (Space)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Train one epoch (→)</source>
        <translation>Treinar uma época (→)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start again from the same weights (R)</source>
        <translation>Recomeçar a partir dos mesmos pesos (R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>máxima</translation>
    </message>
    <message>
        <source>At most this many epochs per second</source>
        <translation>Número máximo de épocas por segundo</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Salvo: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} parameters</source>
        <translation>{0} · {1} parâmetros</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Training stopped on an unexpected error: {0}. Reset to start again.</source>
        <translation>O treinamento parou por causa de um erro inesperado: {0}. Clique em Reiniciar para começar de novo.</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>Época {0}</translation>
    </message>
    <message>
        <source>The loss diverged at epoch {0}: the learning rate {1} is too high for this network. Training is paused at the last good weights; lower the learning rate and press Play, or Reset.</source>
        <translation>O custo divergiu na época {0}: a taxa de aprendizado {1} é alta demais para esta rede. O treinamento foi pausado nos últimos pesos bons; diminua a taxa de aprendizado e clique em Executar, ou em Reiniciar.</translation>
    </message>
    <message>
        <source>Scale {0} %</source>
        <translation>Escala {0} %</translation>
    </message>
    <message>
        <source>View ▸ Scale: Ctrl+Plus, Ctrl+Minus, Ctrl+0</source>
        <translation>Exibir ▸ Escala: Ctrl+Plus, Ctrl+Minus, Ctrl+0</translation>
    </message>
    <message>
        <source>Cannot save the screenshot {0}</source>
        <translation>Não foi possível salvar a captura de tela {0}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Colour-blind safe</source>
        <translation>Segura para daltônicos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Abrir &amp;exemplo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo de apresentação</translation>
    </message>
    <message>
        <source>Scale everything to {0} % and hide the advanced controls</source>
        <translation>Ampliar tudo para {0} % e ocultar os controles avançados</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Maior</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Me&amp;nor</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Tamanho real (100 %)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Paleta</translation>
    </message>
    <message>
        <source>Show &amp;advanced controls</source>
        <translation>Mostrar &amp;controles avançados</translation>
    </message>
    <message>
        <source>Initialiser, rule, α, optimiser settings, regularisation, epoch limit, seed and label column</source>
        <translation>Inicialização, regra, α, ajustes do otimizador, regularização, limite de épocas, semente e coluna do rótulo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Neural Playground</source>
        <translation>&amp;Sobre o Neural Playground</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start again from the first weights (R)</source>
        <translation>Recomeçar a partir dos pesos iniciais (R)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>precision
train</source>
        <translation>precisão
treino</translation>
    </message>
    <message>
        <source>recall
train</source>
        <translation>revocação
treino</translation>
    </message>
    <message>
        <source>precision
test</source>
        <translation>precisão
teste</translation>
    </message>
    <message>
        <source>recall
test</source>
        <translation>revocação
teste</translation>
    </message>
    <message>
        <source>Precision: of the rows predicted as this class, the share that is it.
Recall: of the rows of this class, the share predicted as it.</source>
        <translation>Precisão: das linhas previstas nesta classe, a fração que de fato pertence a ela.
Revocação: das linhas desta classe, a fração prevista nela.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Degrau</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>arctan</source>
        <translation>arctan</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>MSE (squared error)</source>
        <translation>MSE (erro quadrático)</translation>
    </message>
    <message>
        <source>MAE (absolute error)</source>
        <translation>MAE (erro absoluto)</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>entropia cruzada binária</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropia cruzada</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD + momentum</source>
        <translation>SGD + momento</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Xavier / Glorot</source>
        <translation>Xavier / Glorot</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>uniform [−1, 1]</source>
        <translation>uniforme [−1, 1]</translation>
    </message>
    <message>
        <source>uniform [−0.5, 0.5]</source>
        <translation>uniforme [−0,5; 0,5]</translation>
    </message>
    <message>
        <source>zeros (symmetry problem)</source>
        <translation>zeros (problema de simetria)</translation>
    </message>
    <message>
        <source>backpropagation</source>
        <translation>retropropagação</translation>
    </message>
    <message>
        <source>perceptron rule</source>
        <translation>regra do perceptron</translation>
    </message>
    <message>
        <source>Adaline (delta rule)</source>
        <translation>Adaline (regra delta)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>every layer size must be between 1 and {0}: got {1}</source>
        <translation>o tamanho de cada camada deve estar entre 1 e {0}: recebido {1}</translation>
    </message>
</context>
<context>
    <name>NetworkControls</name>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Remover a última camada oculta</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Adicionar uma camada oculta</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>Output activation: automatic follows the problem</source>
        <translation>Ativação da saída: a automática segue o tipo de problema</translation>
    </message>
    <message>
        <source>Loss: automatic follows the output activation</source>
        <translation>Função de custo: a automática segue a ativação da saída</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>Como os pesos são inicializados</translation>
    </message>
    <message>
        <source>Learning rule; perceptron and Adaline train a single neuron</source>
        <translation>Regra de aprendizado; perceptron e Adaline treinam um único neurônio</translation>
    </message>
    <message>
        <source>W ← W − λ·∂L/∂W in every layer, ∂L/∂W by the chain rule</source>
        <translation>W ← W − λ·∂L/∂W em cada camada, ∂L/∂W pela regra da cadeia</translation>
    </message>
    <message>
        <source>w ← w + λ(y − ŷ)x, ŷ = step(x·w + b): no change when ŷ = y</source>
        <translation>w ← w + λ(y − ŷ)x, ŷ = step(x·w + b): nada muda quando ŷ = y</translation>
    </message>
    <message>
        <source>w ← w + λ(y − z)x, z = x·w + b: gradient descent on ½(y − z)²</source>
        <translation>w ← w + λ(y − z)x, z = x·w + b: gradiente descendente em ½(y − z)²</translation>
    </message>
    <message>
        <source>α of Leaky ReLU and ELU</source>
        <translation>α da Leaky ReLU e da ELU</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Função de custo</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Hidden layers: {0}</source>
        <translation>Camadas ocultas: {0}</translation>
    </message>
    <message>
        <source>Fewer neurons</source>
        <translation>Menos neurônios</translation>
    </message>
    <message>
        <source>More neurons</source>
        <translation>Mais neurônios</translation>
    </message>
    <message>
        <source>Activation of this layer</source>
        <translation>Função de ativação desta camada</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>Camada {0}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>The training row whose numbers the equations show</source>
        <translation>A linha do conjunto de treino cujos números as equações mostram</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Draw |∂L/∂w| instead of the weights: thick and dark where learning happens, thin and pale where the gradient vanishes (below 10⁻⁶)</source>
        <translation>Desenhar |∂L/∂w| em vez dos pesos: linhas grossas e escuras onde há aprendizado, finas e claras onde o gradiente some (abaixo de 10⁻⁶)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Write the values on the edges: on every edge of a small layer; in a crowded layer on the edge under the mouse and the edges into the neuron under it</source>
        <translation>Escrever os valores nas conexões: em todas as conexões de uma camada pequena; numa camada cheia, na conexão sob o mouse e nas conexões que chegam ao neurônio sob o mouse</translation>
    </message>
    <message>
        <source>Sample #</source>
        <translation>Amostra nº</translation>
    </message>
</context>
<context>
    <name>NeuronTab</name>
    <message>
        <source>Two clouds (separable)</source>
        <translation>Duas nuvens (separáveis)</translation>
    </message>
    <message>
        <source>What the neuron learns: a logic gate&apos;s truth table, or two clouds of points</source>
        <translation>O que o neurônio aprende: a tabela-verdade de uma porta lógica ou duas nuvens de pontos</translation>
    </message>
    <message>
        <source>sigmoid neuron (cross-entropy)</source>
        <translation>neurônio sigmoide (entropia cruzada)</translation>
    </message>
    <message>
        <source>How each update changes w and b</source>
        <translation>Como cada atualização muda w e b</translation>
    </message>
    <message>
        <source>λ: how far one update moves w and b</source>
        <translation>λ: o quanto uma atualização move w e b</translation>
    </message>
    <message>
        <source>online: one sample per update</source>
        <translation>online: uma amostra por atualização</translation>
    </message>
    <message>
        <source>batch: all samples, averaged</source>
        <translation>em lote: média de todas as amostras</translation>
    </message>
    <message>
        <source>Online updates after each sample; batch once per epoch, with the average</source>
        <translation>Online atualiza após cada amostra; em lote, uma vez por época, com a média</translation>
    </message>
    <message>
        <source>{0} updates per second</source>
        <translation>{0} atualizações por segundo</translation>
    </message>
    <message>
        <source>How fast Play goes</source>
        <translation>Velocidade do botão Executar</translation>
    </message>
    <message>
        <source>No single line puts (0, 1) and (1, 0) on one side and (0, 0) and (1, 1) on the other, so one neuron cannot separate XOR, whatever its rule or λ. A hidden layer can: its neurons draw two lines, and the output combines them.</source>
        <translation>Nenhuma reta deixa (0, 1) e (1, 0) de um lado e (0, 0) e (1, 1) do outro; por isso, um único neurônio não consegue separar o XOR, seja qual for a regra ou o λ. Uma camada oculta consegue: seus neurônios traçam duas retas, e a saída as combina.</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Adicionar uma camada oculta</translation>
    </message>
    <message>
        <source>Open XOR with a hidden layer of {0} {1} neurons in the Network tab</source>
        <translation>Abrir o XOR com uma camada oculta de {0} neurônios {1} na aba Rede</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>One update (N)</source>
        <translation>Uma atualização (N)</translation>
    </message>
    <message>
        <source>The updates to the end of this epoch (E)</source>
        <translation>As atualizações até o fim desta época (E)</translation>
    </message>
    <message>
        <source>Play / Pause: one update after another (P)</source>
        <translation>Executar / Pausar: uma atualização após a outra (P)</translation>
    </message>
    <message>
        <source>w and b back to the start (Home)</source>
        <translation>w e b de volta ao início (Home)</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>classe 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>classe 1</translation>
    </message>
    <message>
        <source>w, towards class 1</source>
        <translation>w, na direção da classe 1</translation>
    </message>
    <message>
        <source>wrong side</source>
        <translation>lado errado</translation>
    </message>
    <message>
        <source>last sample</source>
        <translation>última amostra</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Learning rate λ</source>
        <translation>Taxa de aprendizado λ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Epochs: {0} · updates: {1}, of which {2} changed w or b
w = {3}, b = {4}</source>
        <translation>Épocas: {0} · atualizações: {1}, das quais {2} mudaram w ou b
w = {3}, b = {4}</translation>
    </message>
    <message>
        <source>The weights passed {0}: λ is too large for this rule and data. Lower λ and press Reset.</source>
        <translation>Os pesos passaram de {0}: λ é grande demais para esta regra e estes dados. Diminua λ e clique em Reiniciar.</translation>
    </message>
    <message>
        <source>Separated: every point is on its side of the line.</source>
        <translation>Separados: todos os pontos estão do seu lado da reta.</translation>
    </message>
    <message>
        <source>{0} of {1} points are on the wrong side (ringed)</source>
        <translation>{0} de {1} pontos estão do lado errado (circulados)</translation>
    </message>
    <message>
        <source>Not separated after {0} epochs: {1}.</source>
        <translation>Não separados após {0} épocas: {1}.</translation>
    </message>
</context>
<context>
    <name>OverlayList</name>
    <message>
        <source>Draw other functions over this one, to compare them</source>
        <translation>Desenhe outras funções sobre esta para compará-las</translation>
    </message>
</context>
<context>
    <name>ParameterEdit</name>
    <message>
        <source>bias b[{0}][{1}]</source>
        <translation>viés b[{0}][{1}]</translation>
    </message>
    <message>
        <source>weight W[{0}][{1}, {2}]</source>
        <translation>peso W[{0}][{1}, {2}]</translation>
    </message>
    <message>
        <source>set {0} to {1}</source>
        <translation>alteração de {0} para {1}</translation>
    </message>
</context>
<context>
    <name>PathsView</name>
    <message>
        <source>Start w₁</source>
        <translation>Início w₁</translation>
    </message>
    <message>
        <source>Start w₂</source>
        <translation>Início w₂</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>The loss of one sigmoid neuron without bias on two separable clouds (darker: lower, on a log scale; it keeps falling towards the top right, as the clouds can be split ever more surely), and the path of each optimiser from the same start.</source>
        <translation>O custo de um neurônio sigmoide sem viés em duas nuvens separáveis (mais escuro: menor, em escala logarítmica; ele continua caindo em direção ao canto superior direito, pois as nuvens podem ser separadas com cada vez mais certeza) e o caminho de cada otimizador a partir do mesmo início.</translation>
    </message>
    <message>
        <source>{0}, λ = {1}</source>
        <translation>{0}, λ = {1}</translation>
    </message>
    <message>
        <source>{0}: L = {1}</source>
        <translation>{0}: L = {1}</translation>
    </message>
    <message>
        <source>After {0} steps: </source>
        <translation>Após {0} passos: </translation>
    </message>
</context>
<context>
    <name>PropertiesCard</name>
    <message>
        <source>Output range</source>
        <translation>Faixa de saída</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>Centrada em zero</translation>
    </message>
    <message>
        <source>Saturates</source>
        <translation>Satura</translation>
    </message>
    <message>
        <source>f′ zero or undefined</source>
        <translation>f′ zero ou não definida</translation>
    </message>
    <message>
        <source>Largest f′</source>
        <translation>Maior f′</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Usada em</translation>
    </message>
    <message>
        <source>Numeric derivative</source>
        <translation>Derivada numérica</translation>
    </message>
</context>
<context>
    <name>RateTab</name>
    <message>
        <source>One weight</source>
        <translation>Um peso</translation>
    </message>
    <message>
        <source>Two weights: optimisers</source>
        <translation>Dois pesos: otimizadores</translation>
    </message>
    <message>
        <source>The cost J(w) to descend, or type your own below</source>
        <translation>O custo J(w) a descer, ou digite o seu logo abaixo</translation>
    </message>
    <message>
        <source>λ in w ← w − λ·dJ/dw</source>
        <translation>λ em w ← w − λ·dJ/dw</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Pequena demais</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Grande demais</translation>
    </message>
    <message>
        <source>A learning rate that is {0} for this cost</source>
        <translation>Uma taxa de aprendizado “{0}” para este custo</translation>
    </message>
    <message>
        <source>Secant at w₀: (J(w₀ + ε) − J(w₀)) / ε</source>
        <translation>Secante em w₀: (J(w₀ + ε) − J(w₀)) / ε</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Or type J(w) =</source>
        <translation>Ou digite J(w) =</translation>
    </message>
    <message>
        <source>Start w₀</source>
        <translation>Início w₀</translation>
    </message>
    <message>
        <source>Learning rate λ</source>
        <translation>Taxa de aprendizado λ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinições</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>J(w) = {0} (typed)</source>
        <translation>J(w) = {0} (digitado)</translation>
    </message>
    <message>
        <source>dJ/dw = {0}</source>
        <translation>dJ/dw = {0}</translation>
    </message>
    <message>
        <source>Stopped after {0} steps: at w = {1}, J(w) or dJ/dw has no value (w left the domain of J).</source>
        <translation>Parou após {0} passos: em w = {1}, J(w) ou dJ/dw não tem valor (w saiu do domínio de J).</translation>
    </message>
    <message>
        <source>Diverged after {0} steps: |w| passed {1}. The learning rate is too large.</source>
        <translation>Divergiu após {0} passos: |w| passou de {1}. A taxa de aprendizado é grande demais.</translation>
    </message>
    <message>
        <source>w jumps from side to side of the minimum: each step overshoots. Now w = {0}.</source>
        <translation>w salta de um lado para o outro do mínimo: cada passo o ultrapassa. Agora w = {0}.</translation>
    </message>
    <message>
        <source>After {0} steps w = {1}, J(w) = {2}, dJ/dw = {3}.</source>
        <translation>Após {0} passos, w = {1}, J(w) = {2}, dJ/dw = {3}.</translation>
    </message>
</context>
<context>
    <name>RunTab</name>
    <message>
        <source>Show test data</source>
        <translation>Mostrar dados de teste</translation>
    </message>
    <message>
        <source>Discretize output</source>
        <translation>Discretizar a saída</translation>
    </message>
    <message>
        <source>Show the predicted class instead of the output</source>
        <translation>Mostrar a classe prevista em vez da saída</translation>
    </message>
    <message>
        <source>Feature on this axis; the others are held at their mean</source>
        <translation>Atributo neste eixo; os outros ficam fixos na média</translation>
    </message>
    <message>
        <source>x axis</source>
        <translation>eixo x</translation>
    </message>
    <message>
        <source>y axis</source>
        <translation>eixo y</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This change cannot be used: {0}</source>
        <translation>Esta alteração não pode ser aplicada: {0}</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <source>{0} must have 1 to {1} rows and columns, got {2}</source>
        <translation>{0} deve ter de 1 a {1} linhas e colunas, recebido {2}</translation>
    </message>
    <message>
        <source>{0} column</source>
        <translation>{0} coluna</translation>
    </message>
    <message>
        <source>{0} columns</source>
        <translation>{0} colunas</translation>
    </message>
    <message>
        <source>{0} row</source>
        <translation>{0} linha</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} linhas</translation>
    </message>
    <message>
        <source>A ({0}) · B ({1}) is not defined: A has {2} but B has {3} (each entry of the product is a row of A times a column of B).</source>
        <translation>A ({0}) · B ({1}) não está definido: A tem {2}, mas B tem {3} (cada elemento do produto é uma linha de A vezes uma coluna de B).</translation>
    </message>
    <message>
        <source>Transposing A fits: Aᵀ ({0}) · B ({1}) is {2} × {3}.</source>
        <translation>Transpondo A, o produto fica definido: Aᵀ ({0}) · B ({1}) é {2} × {3}.</translation>
    </message>
    <message>
        <source>Transposing B fits: A ({0}) · Bᵀ ({1}) is {2} × {3}.</source>
        <translation>Transpondo B, o produto fica definido: A ({0}) · Bᵀ ({1}) é {2} × {3}.</translation>
    </message>
    <message>
        <source>A · B + b is not defined: A · B has {0} columns but b has {1} values (one per column, added to every row).</source>
        <translation>A · B + b não está definido: A · B tem {0} colunas, mas b tem {1} valores (um por coluna, somado a cada linha).</translation>
    </message>
</context>
<context>
    <name>ShapesTab</name>
    <message>
        <source>The shopping bill</source>
        <translation>A conta do supermercado</translation>
    </message>
    <message>
        <source>A: the quantities bought (1 × 3); B: the unit prices (3 × 1); A · B: the bill.</source>
        <translation>A: as quantidades compradas (1 × 3); B: os preços unitários (3 × 1); A · B: a conta.</translation>
    </message>
    <message>
        <source>Two column vectors</source>
        <translation>Dois vetores-coluna</translation>
    </message>
    <message>
        <source>The quantities as a column (3 × 1) meet the prices (3 × 1).</source>
        <translation>As quantidades em coluna (3 × 1) encontram os preços (3 × 1).</translation>
    </message>
    <message>
        <source>The sales neuron: X · w</source>
        <translation>O neurônio das vendas: X · w</translation>
    </message>
    <message>
        <source>X: one day per row, x, y and z (4 × 3); w: the weights 4, 3, −1 (3 × 1); X · w: each day&apos;s score, a profit above 20.</source>
        <translation>X: um dia por linha, x, y e z (4 × 3); w: os pesos 4, 3, −1 (3 × 1); X · w: a pontuação de cada dia, lucro acima de 20.</translation>
    </message>
    <message>
        <source>One layer: X · W + b</source>
        <translation>Uma camada: X · W + b</translation>
    </message>
    <message>
        <source>X: 4 samples of 2 inputs; W: 2 inputs to 3 neurons; b: one bias per neuron; X · W + b: every neuron&apos;s z for every sample.</source>
        <translation>X: 4 amostras de 2 entradas; W: 2 entradas para 3 neurônios; b: um viés por neurônio; X · W + b: o z de cada neurônio para cada amostra.</translation>
    </message>
    <message>
        <source>Your own shapes</source>
        <translation>Seus próprios formatos</translation>
    </message>
    <message>
        <source>Set the rows and columns of A and B, and type numbers into small ones.</source>
        <translation>Defina as linhas e colunas de A e B e digite números nas matrizes pequenas.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>b (one value per column of A · B)</source>
        <translation>b (um valor por coluna de A · B)</translation>
    </message>
    <message>
        <source>Add a bias b</source>
        <translation>Adicionar um viés b</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>A · B</source>
        <translation>A · B</translation>
    </message>
    <message>
        <source>Defined: A ({0}) · B ({1}){2} is {3}. Each entry is a row of A times a column of B, summed{4}.</source>
        <translation>Definido: A ({0}) · B ({1}){2} é {3}. Cada elemento é a soma dos produtos de uma linha de A por uma coluna de B{4}.</translation>
    </message>
    <message>
        <source>, plus the bias of its column</source>
        <translation>, mais o viés da sua coluna</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Leave a field of the controls (Space plays again)</source>
        <translation>Sair de um campo dos controles (o Espaço volta a iniciar/pausar)</translation>
    </message>
</context>
<context>
    <name>SoftmaxTab</name>
    <message>
        <source>How many inputs (classes) K</source>
        <translation>Quantas entradas (classes) K</translation>
    </message>
    <message>
        <source>Temperature T: above 1 flattens the probabilities, below 1 sharpens them</source>
        <translation>Temperatura T: acima de 1 achata as probabilidades, abaixo de 1 as torna mais nítidas</translation>
    </message>
    <message>
        <source>The true class y for the cross-entropy</source>
        <translation>A classe verdadeira y para a entropia cruzada</translation>
    </message>
    <message>
        <source>Inputs x</source>
        <translation>Entradas x</translation>
    </message>
    <message>
        <source>Number of inputs K</source>
        <translation>Número de entradas K</translation>
    </message>
    <message>
        <source>Temperature T</source>
        <translation>Temperatura T</translation>
    </message>
    <message>
        <source>Target class</source>
        <translation>Classe-alvo</translation>
    </message>
    <message>
        <source>p = softmax(z), z = x / T:   pₖ = exp(zₖ) / Σⱼ exp(zⱼ)</source>
        <translation>p = softmax(z), z = x / T:   pₖ = exp(zₖ) / Σⱼ exp(zⱼ)</translation>
    </message>
    <message>
        <source>probability p</source>
        <translation>probabilidade p</translation>
    </message>
    <message>
        <source>∂L/∂z = p − y</source>
        <translation>∂L/∂z = p − y</translation>
    </message>
    <message>
        <source>Jacobian ∂pᵢ/∂zⱼ = diag(p) − p pᵀ</source>
        <translation>Jacobiana ∂pᵢ/∂zⱼ = diag(p) − p pᵀ</translation>
    </message>
    <message>
        <source>Cross-entropy for target class {k}: L = −ln p{i} = −ln {p} = &lt;b&gt;{loss}&lt;/b&gt;&lt;br&gt;Gradient with respect to the inputs z = x / T (the bars): ∂L/∂z = p − y = {grad}&lt;br&gt;With respect to x it is divided by T: ∂L/∂x = (p − y) / T = {grad_x}</source>
        <translation>Entropia cruzada para a classe-alvo {k}: L = −ln p{i} = −ln {p} = &lt;b&gt;{loss}&lt;/b&gt;&lt;br&gt;Gradiente em relação às entradas z = x / T (as barras): ∂L/∂z = p − y = {grad}&lt;br&gt;Em relação a x, ele é dividido por T: ∂L/∂x = (p − y) / T = {grad_x}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Epoch {0}</source>
        <translation>Época {0}</translation>
    </message>
    <message>
        <source>train loss {0}</source>
        <translation>custo de treino {0}</translation>
    </message>
    <message>
        <source>test loss {0}</source>
        <translation>custo de teste {0}</translation>
    </message>
    <message>
        <source>accuracy {0} %</source>
        <translation>acurácia {0} %</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} épocas/s</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Ativação</translation>
    </message>
    <message>
        <source>W shape</source>
        <translation>Formato de W</translation>
    </message>
    <message>
        <source>b shape</source>
        <translation>Formato de b</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Formato da saída</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>The step of the finite differences</source>
        <translation>O passo das diferenças finitas</translation>
    </message>
    <message>
        <source>Check the gradients</source>
        <translation>Verificar os gradientes</translation>
    </message>
    <message>
        <source>Compare backpropagation with (L(w + ε) − L(w − ε)) / 2ε for the current weights, on the first {0} training rows</source>
        <translation>Compara a retropropagação com (L(w + ε) − L(w − ε)) / 2ε nos pesos atuais, usando as primeiras {0} linhas de treino</translation>
    </message>
    <message>
        <source>Parameters compared</source>
        <translation>Parâmetros comparados</translation>
    </message>
    <message>
        <source>Relative error</source>
        <translation>Erro relativo</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Verificação do gradiente</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Hidden {0}</source>
        <translation>Oculta {0}</translation>
    </message>
    <message>
        <source>{0}: {1} parameters in all</source>
        <translation>{0}: {1} parâmetros no total</translation>
    </message>
    <message>
        <source>Press “Check the gradients” to compare backpropagation with finite differences on the current weights.</source>
        <translation>Clique em “Verificar os gradientes” para comparar a retropropagação com as diferenças finitas nos pesos atuais.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Backpropagation agrees with finite differences to {0}.</source>
        <translation>A retropropagação concorda com as diferenças finitas (erro relativo de até {0}).</translation>
    </message>
    <message>
        <source>Backpropagation and finite differences disagree: relative error {0} in layer {1}.</source>
        <translation>A retropropagação e as diferenças finitas discordam: erro relativo de {0} na camada {1}.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Activation explorer</source>
        <translation>Explorador de ativações</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>Retropropagação</translation>
    </message>
    <message>
        <source>Single neuron</source>
        <translation>Neurônio único</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>the loss diverged at epoch {0}</source>
        <translation>o custo divergiu na época {0}</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Learning rate: the size of each gradient step</source>
        <translation>Taxa de aprendizado: o tamanho de cada passo do gradiente</translation>
    </message>
    <message>
        <source>Samples per step: 1 = online, all = full batch</source>
        <translation>Amostras por passo: 1 = online, todas = lote completo</translation>
    </message>
    <message>
        <source>How gradients become weight updates</source>
        <translation>Como os gradientes viram atualizações dos pesos</translation>
    </message>
    <message>
        <source>Momentum β: how much of the last step is kept</source>
        <translation>Momento β: quanto do último passo é mantido</translation>
    </message>
    <message>
        <source>Adam β₁: decay of the mean of the gradients</source>
        <translation>Adam β₁: decaimento da média dos gradientes</translation>
    </message>
    <message>
        <source>Adam β₂: decay of the mean of squared gradients</source>
        <translation>Adam β₂: decaimento da média dos quadrados dos gradientes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Penalty on large weights</source>
        <translation>Penalidade para pesos grandes</translation>
    </message>
    <message>
        <source>Regularisation rate λ</source>
        <translation>Taxa de regularização λ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Pause when this many epochs are done</source>
        <translation>Pausar ao completar este número de épocas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>Regularização</translation>
    </message>
    <message>
        <source>Rate λ</source>
        <translation>Taxa λ</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>Limite de épocas</translation>
    </message>
    <message>
        <source>The learning rate must be a number {0} and {1}.</source>
        <translation>A taxa de aprendizado deve ser um número {0} e {1}.</translation>
    </message>
    <message>
        <source>The regularisation rate must be a number {0} and {1}.</source>
        <translation>A taxa de regularização deve ser um número {0} e {1}.</translation>
    </message>
    <message>
        <source>above {0}</source>
        <translation>maior que {0}</translation>
    </message>
    <message>
        <source>at least {0}</source>
        <translation>maior ou igual a {0}</translation>
    </message>
    <message>
        <source>below {0}</source>
        <translation>menor que {0}</translation>
    </message>
    <message>
        <source>at most {0}</source>
        <translation>menor ou igual a {0}</translation>
    </message>
</context>
<context>
    <name>UpdateText</name>
    <message>
        <source>No update yet: press Step (N) or Epoch (E).</source>
        <translation>Nenhuma atualização ainda: clique em Passo (N) ou Época (E).</translation>
    </message>
    <message>
        <source>ŷ = y: no update, w and b stay as they are.</source>
        <translation>ŷ = y: sem atualização, w e b ficam como estão.</translation>
    </message>
    <message>
        <source>Sample x = {0}, class {1}: target y = {2}</source>
        <translation>Amostra x = {0}, classe {1}: alvo y = {2}</translation>
    </message>
    <message>
        <source>The delta rule learns from z itself, before any threshold.</source>
        <translation>A regra delta aprende com o próprio z, antes de qualquer limiar.</translation>
    </message>
    <message>
        <source>Batch: one update from all {0} samples, their updates averaged.</source>
        <translation>Em lote: uma só atualização a partir das {0} amostras, com a média de suas atualizações.</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or −1,25</source>
        <translation>Digite um número, por exemplo 0,5 ou −1.25</translation>
    </message>
</context>
</TS>
