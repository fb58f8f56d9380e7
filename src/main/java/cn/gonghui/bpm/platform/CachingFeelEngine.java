package cn.gonghui.bpm.platform;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.FunctionProvider.CompositeFunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvalContext$;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine (feel-scala) without its two costs per evaluation that have nothing to do with the
 * expression's value: Camunda's adapter parses the text of every input entry, input expression and output
 * entry again on every evaluation, and feel-scala (1.19) builds its table of some hundred built-in functions
 * again for every expression it evaluates. Together they made a three-rule decision table cost milliseconds.
 * Here each text is parsed (and validated) once, and the built-in functions are built once; the parsed
 * expression is immutable and evaluated by feel-scala's own evaluation with a fresh context each time, as
 * Camunda's adapter does. An expression that does not parse or fails is handed to Camunda's adapter, so
 * errors and their messages are unchanged. The cache holds at most {@value #MAX_ENTRIES} texts per kind
 * (the decision tables of a deployment) and starts over when full.
 */
public class CachingFeelEngine extends ScalaFeelEngine {

  static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();

  private final FunctionProvider functions;
  private final MethodHandle evaluation;

  public CachingFeelEngine() {
    super(List.of());
    functions =
        new CompositeFunctionProvider(
            toScalaList(new BuiltinFunctions(feelEngine.clock(), feelEngine.valueMapper()), feelEngine.functionProvider()));
    evaluation = privateEvaluation();
  }

  /** feel-scala's evaluation of a parsed expression in a given context; null if this feel-scala has none. */
  private static MethodHandle privateEvaluation() {
    try {
      Method method = org.camunda.feel.FeelEngine.class.getDeclaredMethod("eval", ParsedExpression.class, EvalContext.class);
      method.setAccessible(true);
      return MethodHandles.lookup().unreflect(method);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** Evaluates as {@code feelEngine.eval(parsed, context)}, with the built-in functions built once. */
  private Either<?, Object> evaluate(ParsedExpression parsed, Context context) {
    if (evaluation == null) {
      return feelEngine.eval(parsed, context);
    }
    EvalContext root = EvalContext$.MODULE$.create(feelEngine.valueMapper(), functions);
    try {
      return ((EvaluationResult) evaluation.invoke(feelEngine, parsed, root.merge(context))).toEither();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParsedExpression parsed = parsed(expressions, expression, false);
    if (parsed == null) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new ContextVariableWrapper(variableContext);
          }
        };
    Either<?, Object> result = evaluate(parsed, context);
    if (result instanceof Right<?, Object> right) {
      @SuppressWarnings("unchecked")
      T value = (T) right.value();
      return value;
    }
    // evaluation failed: Camunda's adapter evaluates again and raises its own exception and message
    return super.evaluateSimpleExpression(expression, variableContext);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParsedExpression parsed = parsed(unaryTests, expression, true);
    if (parsed == null) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    Map<String, Object> inputVariableMap = new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable);
    StaticVariableProvider input = new StaticVariableProvider(inputVariableMap);
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    CustomContext context =
        new CustomContext() {
          @Override
          public VariableProvider variableProvider() {
            return new CompositeVariableProvider(toScalaList(input, variables));
          }
        };
    Either<?, Object> result = evaluate(parsed, context);
    if (result instanceof Right<?, Object> right) {
      return BoxesRunTime.unboxToBoolean(right.value());
    }
    return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  /** The parsed expression, or null when it does not parse. */
  private ParsedExpression parsed(ConcurrentHashMap<String, ParsedExpression> cache, String expression, boolean unary) {
    ParsedExpression parsed = cache.get(expression);
    if (parsed != null) {
      return parsed;
    }
    Either<?, ParsedExpression> result = unary ? feelEngine.parseUnaryTests(expression) : feelEngine.parseExpression(expression);
    if (!(result instanceof Right<?, ParsedExpression> right)) {
      return null;
    }
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(expression, right.value());
    return right.value();
  }

  /** Creates the caching engine; the DMN engine asks for one instance. */
  public static final class Factory implements FeelEngineFactory {

    @Override
    public FeelEngine createInstance() {
      return new CachingFeelEngine();
    }
  }
}
