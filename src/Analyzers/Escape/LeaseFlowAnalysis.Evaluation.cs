using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ParamArena.Analyzers.Escape;

/// <summary>Evaluation of operations: what each expression carries, and the effects of assignments and calls.</summary>
internal sealed partial class LeaseFlowAnalysis
{
    private Taint? Eval(IOperation operation)
    {
        switch (operation)
        {
            case IExpressionStatementOperation statement:
                if (Emitting && ArenaApis.IsRent(statement.Operation)) Emit(new EscapeEvent(EscapeRoute.LeaseDiscarded, statement.Operation.Syntax.GetLocation()));
                Eval(statement.Operation);
                return null;
            case ISimpleAssignmentOperation assignment:
                return Assign(assignment);
            case ICompoundAssignmentOperation compound:
            {
                Taint? target = Eval(compound.Target);
                Eval(compound.Value);
                return target;
            }
            case IIncrementOrDecrementOperation increment:
                return Eval(increment.Target);
            case IFlowCaptureOperation capture:
                Set(capture.Id, Eval(capture.Value));
                return null;
            case IFlowCaptureReferenceOperation captureReference:
                return Get(captureReference.Id);
            case ILocalReferenceOperation local:
                return Read(local, local.Local);
            case IParameterReferenceOperation parameter:
                return Read(parameter, parameter.Parameter);
            case IInvocationOperation invocation:
                return Invocation(invocation);
            case IObjectCreationOperation creation:
                return Creation(creation);
            case IConversionOperation conversion:
            {
                Taint? operand = Eval(conversion.Operand);
                return operand is null || operand.Carrier != CarrierKind.Pointer || KeepsAddress(conversion.Type) ? operand : null;
            }
            case IBinaryOperation binary:
                return Binary(binary);
            case IAddressOfOperation addressOf:
                return AddressOf(addressOf);
            case IAwaitOperation awaitOperation:
                Eval(awaitOperation.Operation);
                Suspend("await");
                return null;
            case IReturnOperation { Kind: OperationKind.YieldReturn } yieldReturn:
            {
                Taint? yielded = yieldReturn.ReturnedValue is null ? null : Eval(yieldReturn.ReturnedValue);
                if (yielded is not null && yieldReturn.ReturnedValue is not null) Emit(EscapeRoute.Yielded, yielded, yieldReturn.ReturnedValue);
                Suspend("yield return");
                return null;
            }
            case IDelegateCreationOperation delegateCreation:
                return Eval(delegateCreation.Target);
            case IFlowAnonymousFunctionOperation lambda:
                return Captures(_graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken));
            case IMethodReferenceOperation methodReference:
                if (methodReference.Instance is not null) Eval(methodReference.Instance);
                return methodReference.Method.MethodKind == MethodKind.LocalFunction ? Captures(LocalFunctionGraph(methodReference.Method)) : null;
            case ITupleOperation tuple:
                return AnyOf(tuple.Elements)?.AsCarrier(CarrierKind.Container);
            case IArrayCreationOperation arrayCreation:
                foreach (IOperation size in arrayCreation.DimensionSizes) Eval(size);
                return arrayCreation.Initializer is null ? null : Eval(arrayCreation.Initializer)?.AsCarrier(CarrierKind.Container);
            case IArrayInitializerOperation arrayInitializer:
                return AnyOf(arrayInitializer.ElementValues);
            case IAnonymousObjectCreationOperation anonymous:
                return AnyOf(anonymous.Initializers)?.AsCarrier(CarrierKind.Container);
            case IEventAssignmentOperation eventAssignment:
                return EventAssignment(eventAssignment);
            case IDeclarationExpressionOperation declaration:
                return Eval(declaration.Expression);
            default:
            {
                Taint? pinned = null;
                foreach (IOperation child in operation.ChildOperations)
                {
                    Taint? taint = Eval(child);
                    // 'fixed (byte* p = span)' and 'fixed (byte* p = &span[0])': the pinned pointer is the span's memory.
                    if (operation.Kind == OperationKind.None && (IsSpan(child.Type) || child is IAddressOfOperation) && taint is { Carrier: CarrierKind.Pointer }) pinned = taint;
                }
                return pinned;
            }
        }
    }

    private Taint? AnyOf(IEnumerable<IOperation> operations)
    {
        Taint? any = null;
        foreach (IOperation operation in operations)
        {
            Taint? taint = Eval(operation);
            any ??= taint;
        }
        return any;
    }

    private Taint? Read(IOperation reference, ISymbol symbol)
    {
        Taint? taint = Get(symbol);
        if (taint is null || taint.Carrier != CarrierKind.Pointer || _addressOnly > 0) return taint;
        if (Emitting && (taint.Released || taint.ReleasedInLoop || taint.Suspension is not null))
            Emit(new EscapeEvent(EscapeRoute.Read, reference.Syntax.GetLocation(), taint, symbol.Name, variable: symbol));
        return taint;
    }

    private Taint? Assign(ISimpleAssignmentOperation assignment)
    {
        IOperation target = assignment.Target;
        EvalTargetParts(target);
        if (assignment.IsRef)
        {
            // 'ref T slot = ref place': the slot is an alias (ClassifyPlaces), holding no value of its own.
            Eval(assignment.Value);
            return null;
        }
        Taint? value = Eval(assignment.Value);
        Store(target, value, assignment.Value);
        return value;
    }

    // Evaluates what a store target reads (instances, indices) without reading the variable being written.
    private void EvalTargetParts(IOperation target)
    {
        switch (target)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation or IDeclarationExpressionOperation:
                return;
            case IFieldReferenceOperation field:
                if (field.Instance is not null) EvalInstance(field.Instance);
                return;
            case IPropertyReferenceOperation property:
                if (property.Instance is not null) EvalInstance(property.Instance);
                foreach (IArgumentOperation argument in property.Arguments) Eval(argument.Value);
                return;
            case IArrayElementReferenceOperation element:
                EvalInstance(element.ArrayReference);
                foreach (IOperation index in element.Indices) Eval(index);
                return;
            default:
                Eval(target);
                return;
        }
    }

    // Writing into a struct or collection variable is not a use of the pointers it holds.
    private void EvalInstance(IOperation instance)
    {
        if (ArenaApis.Unwrap(instance) is ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation) return;
        EvalTargetParts(instance);
    }

    private void Store(IOperation target, Taint? value, IOperation valueOperation, int depth = 0)
    {
        if (depth > MaxDepth) return;
        switch (target)
        {
            case ILocalReferenceOperation { Local: { RefKind: not RefKind.None } alias } when _refAliases.TryGetValue(alias, out IOperation? place):
                Store(place, value, valueOperation, depth + 1);
                return;
            case ILocalReferenceOperation { Local: var local }:
                Set(local, value);
                ConditionChanged(local);
                if (ParamArenaSymbols.IsArenaLease(local.Type))
                {
                    // Overwriting a live lease loses the only way to dispose it.
                    if (Emitting && _state.LiveLeases.TryGetValue(local, out LiveLease? lost)) Emit(new EscapeEvent(EscapeRoute.LeaseOverwritten, lost.Rented));
                    if (ArenaApis.IsRent(valueOperation)) Rented(local, valueOperation.Syntax.GetLocation());
                    else if (SymbolOf(valueOperation) is ILocalSymbol other) RemoveLive(other);
                }
                return;
            case IDeclarationExpressionOperation declaration:
                Store(declaration.Expression, value, valueOperation, depth + 1);
                return;
            case IFlowCaptureReferenceOperation capture:
                if (_captureTargets.TryGetValue(capture.Id, out IOperation? captured)) Store(captured, value, valueOperation, depth + 1);
                else Set(capture.Id, value);
                return;
            case IParameterReferenceOperation { Parameter: var parameter }:
                if (parameter.RefKind is RefKind.Out or RefKind.Ref)
                {
                    if (value is not null && Emitting) Emit(EscapeRoute.WrittenToCaller, value, valueOperation, $"the '{(parameter.RefKind == RefKind.Out ? "out" : "ref")}' parameter '{parameter.Name}'");
                }
                else
                {
                    Set(parameter, value);
                    ConditionChanged(parameter);
                }
                return;
            case IFieldReferenceOperation { Field: var field } when field.IsStatic || ArenaApis.Unwrap(((IFieldReferenceOperation)target).Instance) is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type.IsRefLikeType: false }:
                // Statics and fields of this object may be set back before the function ends: pending until then.
                if (value is null) Cleared(field);
                else Pending(field, value, valueOperation);
                return;
            case IPropertyReferenceOperation { Property: { IsStatic: true } property }:
                if (value is null) Cleared(property);
                else Pending(property, value, valueOperation);
                return;
        }
        if (value is null) return;
        switch (target)
        {
            case IFieldReferenceOperation { Field: var field } fieldReference:
                StoreInto(fieldReference.Instance, value, valueOperation, $"the field '{field.Name}'");
                return;
            case IPropertyReferenceOperation { Property: var property } propertyReference:
                if (property.IsIndexer && IsSpan(property.ContainingType)) StoreIntoSpan(propertyReference.Instance, value, valueOperation);
                else StoreInto(propertyReference.Instance, value, valueOperation, property.IsIndexer ? "an element" : $"the property '{property.Name}'");
                return;
            case IArrayElementReferenceOperation element:
                StoreInto(element.ArrayReference, value, valueOperation, "an array element");
                return;
            case { Kind: OperationKind.None }:
                StoreThroughPointer(target, value, valueOperation);
                return;
        }
    }

    // A value stored into part of 'instance': follow struct fields and array elements to the variable that holds them.
    private void StoreInto(IOperation? instance, Taint value, IOperation valueOperation, string what)
    {
        IOperation? root = ArenaApis.Unwrap(instance);
        for (int steps = 0; root is not null && steps < 4 * MaxDepth; steps++)
        {
            if (root is IFieldReferenceOperation { Field.IsStatic: false, Instance: { } inner } field && field.Field.ContainingType.IsValueType) root = ArenaApis.Unwrap(inner);
            else if (root is IArrayElementReferenceOperation element) root = ArenaApis.Unwrap(element.ArrayReference);
            else if (root is IFlowCaptureReferenceOperation capture && _captureTargets.TryGetValue(capture.Id, out IOperation? captured)) root = ArenaApis.Unwrap(captured);
            else if (root is ILocalReferenceOperation { Local.RefKind: not RefKind.None } alias && _refAliases.TryGetValue(alias.Local, out IOperation? place)) root = ArenaApis.Unwrap(place);
            else break;
        }
        switch (root)
        {
            case ILocalReferenceOperation local:
                Contain(local.Local, value);
                return;
            case IFlowCaptureReferenceOperation capture:
                Contain(capture.Id, value);
                return;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                _initializerTaint = _initializerTaint is null ? value : Taint.Join(_initializerTaint, value);
                return;
            case IInstanceReferenceOperation self:
                // A ref struct cannot outlive the stack frames that hold the lease; a builder keeping pointers is fine.
                if (self.Type is { IsRefLikeType: false } && Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"{what} of this {(self.Type.IsValueType ? "struct" : "object")}");
                return;
            case IParameterReferenceOperation { Parameter: var parameter }:
                if (parameter.RefKind is RefKind.Ref or RefKind.Out && (parameter.Type.IsValueType || parameter.Type.IsRefLikeType))
                {
                    if (Emitting) Emit(EscapeRoute.WrittenToCaller, value, valueOperation, $"{what} of the '{(parameter.RefKind == RefKind.Out ? "out" : "ref")}' parameter '{parameter.Name}'");
                }
                else if (parameter.Type.IsRefLikeType) return;
                else if (parameter.Type.IsValueType) Contain(parameter, value);
                else if (Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"{what} of the parameter '{parameter.Name}'");
                return;
            case IFieldReferenceOperation { Field: var field }:
                if (!field.ContainingType.IsRefLikeType && Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"{what} of the field '{field.Name}'");
                return;
            case IPropertyReferenceOperation { Property: var property } propertyReference:
                if (property.IsIndexer && IsSpan(property.ContainingType)) StoreIntoSpan(propertyReference.Instance, value, valueOperation);
                else if (!property.ContainingType.IsRefLikeType && !property.Type.IsRefLikeType && Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"{what} of '{property.Name}'");
                return;
            case { Kind: OperationKind.None }:
                StoreThroughPointer(root, value, valueOperation);
                return;
        }
    }

    // 'span[i] = value': an escape when the span is memory the caller owns.
    private void StoreIntoSpan(IOperation? span, Taint value, IOperation valueOperation)
    {
        if (Emitting && span is not null && IsCallerMemory(span, 0)) Emit(EscapeRoute.WrittenToCaller, value, valueOperation, $"memory the caller's span '{ValueText.Describe(span)}' refers to");
    }

    // '*p = value', 'p[i] = value', 'p->Field = value': an escape when p points to memory the caller owns.
    private void StoreThroughPointer(IOperation dereference, Taint value, IOperation valueOperation)
    {
        foreach (IOperation child in dereference.ChildOperations)
        {
            if (child.Type is not IPointerTypeSymbol) continue;
            if (Emitting && IsCallerMemory(child, 0)) Emit(EscapeRoute.WrittenToCaller, value, valueOperation, $"memory the caller's pointer '{ValueText.Describe(child)}' points to");
            return;
        }
    }

    private Taint? Invocation(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        Taint? instance = null;
        if (invocation.Instance is { } receiver)
        {
            if (Emitting && ArenaApis.IsRent(receiver) && !ArenaApis.IsRelease(method, receiver.Type)) Emit(new EscapeEvent(EscapeRoute.LeaseDiscarded, ArenaApis.Unwrap(receiver)!.Syntax.GetLocation()));
            instance = Eval(receiver);
        }
        Taint?[] arguments = EvalArguments(invocation.Arguments, method);

        if (invocation.Instance is { } released && ArenaApis.IsRelease(method, ArenaApis.Unwrap(released)?.Type) && OwnerOf(released) is { } owner)
            Release(owner);
        if (invocation.Instance is { } floored && ArenaApis.IsPersistentFloor(method, ArenaApis.Unwrap(floored)?.Type) && OwnerOf(floored) is { } arena)
            Persist(arena);

        for (int i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is not { } taint) continue;
            IArgumentOperation argument = invocation.Arguments[i];
            if (invocation.Instance is { } collection && ArenaApis.IsCollectionAdd(method) && !ArenaApis.RetainsArgument(argument.Parameter))
                AddToCollection(collection, taint, argument.Value, method);
        }

        // Interlocked.Exchange(ref location, value) and Volatile.Write(ref location, value) store 'value' in 'location'.
        if (ArenaApis.IsPublication(method) && invocation.Arguments.Length >= 2)
        {
            IArgumentOperation location = invocation.Arguments[0];
            int valueIndex = ArgumentIndex(invocation, "value");
            if (valueIndex > 0) Store(location.Value, arguments[valueIndex], invocation.Arguments[valueIndex].Value);
        }

        if (ArenaApis.IsTryAllocation(method) && invocation.Arguments.Length > 0)
        {
            IArgumentOperation last = invocation.Arguments[invocation.Arguments.Length - 1];
            if (last.Parameter?.RefKind == RefKind.Out) Store(last.Value, NewTaint(invocation.Instance), last.Value);
        }

        // An enumeration stub fills its 'out Span<T>' with memory of the lease it is given.
        if (ArenaApis.LeaseItemsParameter(method) is var itemsOrdinal and >= 0)
        {
            IArgumentOperation? items = null, lease = null;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == itemsOrdinal) items = argument;
                else if (ParamArenaSymbols.IsArenaLease(argument.Value.Type)) lease = argument;
            }
            if (items is not null && lease is not null) Store(items.Value, NewTaint(lease.Value), items.Value);
        }

        if (ArenaApis.IsAllocation(method)) return NewTaint(invocation.Instance);
        if (ArenaApis.IsLeaseBound(method))
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (ParamArenaSymbols.IsArenaLease(argument.Value.Type) || ParamArenaSymbols.IsArena(argument.Value.Type)) return NewTaint(argument.Value);
            }
            return invocation.Instance is { } self && ParamArenaSymbols.IsArenaLease(self.Type) ? NewTaint(self) : new Taint(OwnerKind.Unknown, null, CarrierKind.Pointer);
        }
        if (instance is { Carrier: CarrierKind.Pointer } && IsSpan(method.ContainingType) && (KeepsAddress(method.ReturnType) || method.ReturnsByRef)) return instance;
        if (method.IsStatic && IsMemoryHelper(method.ContainingType) && (KeepsAddress(method.ReturnType) || method.ReturnsByRef || method.ReturnsByRefReadonly))
        {
            foreach (Taint? argument in arguments)
            {
                if (argument is { Carrier: CarrierKind.Pointer }) return argument;
            }
        }
        // A deferred query keeps its source and the delegates it was given until it is enumerated.
        if (ArenaApis.IsDeferredQuery(method))
        {
            Taint? kept = null;
            foreach (Taint? argument in arguments)
            {
                if (argument is { HoldsDelegate: true } || argument is { Carrier: CarrierKind.Container }) kept ??= argument;
            }
            return kept?.AsCarrier(CarrierKind.Container, kept.CapturedName);
        }
        return null;
    }

    private static int ArgumentIndex(IInvocationOperation invocation, string parameterName)
    {
        for (int i = 0; i < invocation.Arguments.Length; i++)
        {
            if (invocation.Arguments[i].Parameter?.Name == parameterName) return i;
        }
        return -1;
    }

    // Evaluates arguments and applies the sinks every call shares with constructors: [RetainsArgument], schedulers, lease hand-offs.
    private Taint?[] EvalArguments(IReadOnlyList<IArgumentOperation> arguments, IMethodSymbol method)
    {
        var taints = new Taint?[arguments.Count];
        for (int i = 0; i < arguments.Count; i++)
        {
            IArgumentOperation argument = arguments[i];
            RefKind refKind = argument.Parameter?.RefKind ?? RefKind.None;
            bool isOut = refKind == RefKind.Out;
            taints[i] = isOut ? null : Eval(argument.Value);
            // 'ref *p' passes the arena memory p points to.
            if (refKind is RefKind.Ref or RefKind.In or RefKind.RefReadOnlyParameter && taints[i] is null) taints[i] = AddressTaint(argument.Value);
            if (isOut && SymbolOf(argument.Value) is { } written && !ArenaApis.IsTryAllocation(method)) Set(written, null);

            // A lease handed to another method may be disposed there: stop expecting a Dispose here.
            if (SymbolOf(argument.Value) is ILocalSymbol lease && ParamArenaSymbols.IsArenaLease(lease.Type) && !ArenaApis.IsLeaseBound(method)
                && ArenaApis.LeaseItemsParameter(method) < 0) RemoveLive(lease);

            if (taints[i] is not { } taint || !Emitting) continue;
            string callee = method.ContainingType.Name + "." + (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name);
            if (ArenaApis.RetainsArgument(argument.Parameter)) Emit(EscapeRoute.Retained, taint, argument.Value, callee);
            else if (ArenaApis.SchedulesDelegate(method) && taint.HoldsDelegate) Emit(EscapeRoute.Scheduled, taint, argument.Value, method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name + ".ctor" : callee);
        }
        return taints;
    }

    private void AddToCollection(IOperation collection, Taint value, IOperation valueOperation, IMethodSymbol method)
    {
        IOperation? root = ArenaApis.Unwrap(collection);
        switch (root)
        {
            case ILocalReferenceOperation local:
                Contain(local.Local, value);
                return;
            case IFlowCaptureReferenceOperation capture:
                if (_captureTargets.TryGetValue(capture.Id, out IOperation? captured)) AddToCollection(captured, value, valueOperation, method);
                else Contain(capture.Id, value);
                return;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                _initializerTaint = _initializerTaint is null ? value : Taint.Join(_initializerTaint, value);
                return;
            case IParameterReferenceOperation { Parameter: var parameter }:
                if (Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"the collection '{parameter.Name}' (through {method.Name})");
                return;
            case IFieldReferenceOperation { Field: var field }:
                if (Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"the collection '{field.Name}' (through {method.Name})");
                return;
            case IPropertyReferenceOperation { Property: var property }:
                if (Emitting) Emit(EscapeRoute.Stored, value, valueOperation, $"the collection '{property.Name}' (through {method.Name})");
                return;
        }
    }

    private Taint? Creation(IObjectCreationOperation creation)
    {
        Taint?[] arguments = creation.Constructor is { } constructor ? EvalArguments(creation.Arguments, constructor) : new Taint?[0];
        Taint? saved = _initializerTaint;
        _initializerTaint = null;
        if (creation.Initializer is { } initializer) Eval(initializer);
        Taint? initialized = _initializerTaint;
        _initializerTaint = saved;

        Taint? argument = null, callback = null;
        foreach (Taint? taint in arguments)
        {
            if (taint is { Carrier: CarrierKind.Pointer }) argument ??= taint;
            if (taint is { HoldsDelegate: true }) callback ??= taint;
        }
        if (IsSpan(creation.Type)) return argument;
        if (creation.Type is { IsValueType: true } && (argument ?? initialized) is { } held) return held.AsCarrier(CarrierKind.Container, held.CapturedName);
        // An object built with a delegate (Lazy<T>, ThreadLocal<T>) keeps it to run later; a scheduler was reported already.
        if (callback is not null && creation.Constructor is { } built && !ArenaApis.SchedulesDelegate(built)) return callback.AsCarrier(CarrierKind.Container, callback.CapturedName);
        return initialized?.AsCarrier(CarrierKind.Container, initialized.CapturedName);
    }

    private Taint? Binary(IBinaryOperation binary)
    {
        // Comparing addresses reads no memory, so it is no use of a released pointer.
        bool comparison = binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        Taint? left = comparison ? EvalAddress(binary.LeftOperand) : Eval(binary.LeftOperand);
        Taint? right = comparison ? EvalAddress(binary.RightOperand) : Eval(binary.RightOperand);
        if (!IsAddressLike(binary.Type)) return null;
        if (binary.OperatorKind is not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr)) return null;
        // The difference of two pointers is a distance, not an address.
        if (binary.LeftOperand.Type is IPointerTypeSymbol && binary.RightOperand.Type is IPointerTypeSymbol) return null;
        left = left is { Carrier: CarrierKind.Pointer } ? left : null;
        right = right is { Carrier: CarrierKind.Pointer } ? right : null;
        if (left is not null && right is not null) return null;
        return left ?? right;
    }

    // A variable compared by address only; anything more (a dereference, a call) is evaluated as usual.
    private Taint? EvalAddress(IOperation operand)
    {
        if (ArenaApis.Unwrap(operand) is not (ILocalReferenceOperation or IParameterReferenceOperation or IFlowCaptureReferenceOperation)) return Eval(operand);
        _addressOnly++;
        Taint? taint = Eval(operand);
        _addressOnly--;
        return taint;
    }

    // &p[i], &p->field and &span[i] point into the same memory as p (or the span).
    private Taint? AddressOf(IAddressOfOperation addressOf)
    {
        Eval(addressOf.Reference);
        return AddressTaint(addressOf.Reference);
    }

    private Taint? EventAssignment(IEventAssignmentOperation assignment)
    {
        Taint? handler = Eval(assignment.HandlerValue);
        if (assignment.EventReference is IEventReferenceOperation { Instance: { } instance }) EvalInstance(instance);
        if (!assignment.Adds || handler is not { HoldsDelegate: true }) return null;
        if (assignment.EventReference is IEventReferenceOperation { Event: var @event } eventReference
            && ArenaApis.Unwrap(eventReference.Instance) is not ILocalReferenceOperation)
        {
            Emit(EscapeRoute.Subscribed, handler, assignment.HandlerValue, @event.Name);
        }
        return null;
    }

    private ControlFlowGraph? LocalFunctionGraph(IMethodSymbol localFunction)
    {
        try
        {
            return _graph.GetLocalFunctionControlFlowGraphInScope(localFunction, _cancellationToken);
        }
        catch (System.ArgumentException)
        {
            return null;
        }
    }

    // A delegate made from a lambda or local function carries the arena memory of the variables it captures.
    private Taint? Captures(ControlFlowGraph? body)
    {
        if (body is null) return null;
        var referenced = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        CollectReferences(body, referenced, 0);
        foreach (ISymbol symbol in referenced)
        {
            if (Get(symbol) is { Carrier: not CarrierKind.Delegate } taint) return taint.AsCarrier(CarrierKind.Delegate, symbol.Name);
        }
        return null;
    }

    private void CollectReferences(ControlFlowGraph graph, HashSet<ISymbol> referenced, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (BasicBlock block in graph.Blocks)
        {
            foreach (IOperation operation in BlockOperations(block))
            {
                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    switch (node)
                    {
                        case ILocalReferenceOperation local: referenced.Add(local.Local); break;
                        case IParameterReferenceOperation parameter: referenced.Add(parameter.Parameter); break;
                        case IFlowAnonymousFunctionOperation lambda: CollectReferences(graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken), referenced, depth + 1); break;
                    }
                }
            }
        }
        foreach (IMethodSymbol localFunction in graph.LocalFunctions)
        {
            CollectReferences(graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken), referenced, depth + 1);
        }
    }

    private static bool IsAddressLike(ITypeSymbol? type)
        => type is IPointerTypeSymbol || type?.SpecialType is SpecialType.System_IntPtr or SpecialType.System_UIntPtr or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private static bool KeepsAddress(ITypeSymbol? type)
        => IsAddressLike(type) || IsSpan(type) || type?.SpecialType == SpecialType.System_Object;

    private static bool IsSpan(ITypeSymbol? type)
    {
        string name = TypeFacts.FullName(type?.OriginalDefinition);
        return name is "System.Span`1" or "System.ReadOnlySpan`1";
    }

    private static bool IsMemoryHelper(ITypeSymbol? type)
        => TypeFacts.FullName(type) is "System.Runtime.InteropServices.MemoryMarshal" or "System.MemoryExtensions" or "System.Runtime.CompilerServices.Unsafe";
}
