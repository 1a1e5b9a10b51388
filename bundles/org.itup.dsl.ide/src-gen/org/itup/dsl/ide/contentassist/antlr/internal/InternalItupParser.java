package org.itup.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_ID", "RULE_STRING", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'qualitative'", "'plan'", "'goal'", "'goals'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'resources'", "'import'", "'value'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'primary'", "'secondary'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'forecast'", "'measured'", "'all'", "'unavailable'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__79=79;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__84=84;
    public static final int T__41=41;
    public static final int T__85=85;
    public static final int T__42=42;
    public static final int T__86=86;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }


    	private ItupGrammarAccess grammarAccess;

    	public void setGrammarAccess(ItupGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRulePlanFile"
    // InternalItup.g:53:1: entryRulePlanFile : rulePlanFile EOF ;
    public final void entryRulePlanFile() throws RecognitionException {
        try {
            // InternalItup.g:54:1: ( rulePlanFile EOF )
            // InternalItup.g:55:1: rulePlanFile EOF
            {
             before(grammarAccess.getPlanFileRule()); 
            pushFollow(FOLLOW_1);
            rulePlanFile();

            state._fsp--;

             after(grammarAccess.getPlanFileRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlanFile"


    // $ANTLR start "rulePlanFile"
    // InternalItup.g:62:1: rulePlanFile : ( ( rule__PlanFile__Alternatives ) ) ;
    public final void rulePlanFile() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:66:2: ( ( ( rule__PlanFile__Alternatives ) ) )
            // InternalItup.g:67:2: ( ( rule__PlanFile__Alternatives ) )
            {
            // InternalItup.g:67:2: ( ( rule__PlanFile__Alternatives ) )
            // InternalItup.g:68:3: ( rule__PlanFile__Alternatives )
            {
             before(grammarAccess.getPlanFileAccess().getAlternatives()); 
            // InternalItup.g:69:3: ( rule__PlanFile__Alternatives )
            // InternalItup.g:69:4: rule__PlanFile__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__PlanFile__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPlanFileAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlanFile"


    // $ANTLR start "entryRulePlan"
    // InternalItup.g:78:1: entryRulePlan : rulePlan EOF ;
    public final void entryRulePlan() throws RecognitionException {
        try {
            // InternalItup.g:79:1: ( rulePlan EOF )
            // InternalItup.g:80:1: rulePlan EOF
            {
             before(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            rulePlan();

            state._fsp--;

             after(grammarAccess.getPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:87:1: rulePlan : ( ( rule__Plan__Group__0 ) ) ;
    public final void rulePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:91:2: ( ( ( rule__Plan__Group__0 ) ) )
            // InternalItup.g:92:2: ( ( rule__Plan__Group__0 ) )
            {
            // InternalItup.g:92:2: ( ( rule__Plan__Group__0 ) )
            // InternalItup.g:93:3: ( rule__Plan__Group__0 )
            {
             before(grammarAccess.getPlanAccess().getGroup()); 
            // InternalItup.g:94:3: ( rule__Plan__Group__0 )
            // InternalItup.g:94:4: rule__Plan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleOperationalPlan"
    // InternalItup.g:103:1: entryRuleOperationalPlan : ruleOperationalPlan EOF ;
    public final void entryRuleOperationalPlan() throws RecognitionException {
        try {
            // InternalItup.g:104:1: ( ruleOperationalPlan EOF )
            // InternalItup.g:105:1: ruleOperationalPlan EOF
            {
             before(grammarAccess.getOperationalPlanRule()); 
            pushFollow(FOLLOW_1);
            ruleOperationalPlan();

            state._fsp--;

             after(grammarAccess.getOperationalPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOperationalPlan"


    // $ANTLR start "ruleOperationalPlan"
    // InternalItup.g:112:1: ruleOperationalPlan : ( ( rule__OperationalPlan__Group__0 ) ) ;
    public final void ruleOperationalPlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:116:2: ( ( ( rule__OperationalPlan__Group__0 ) ) )
            // InternalItup.g:117:2: ( ( rule__OperationalPlan__Group__0 ) )
            {
            // InternalItup.g:117:2: ( ( rule__OperationalPlan__Group__0 ) )
            // InternalItup.g:118:3: ( rule__OperationalPlan__Group__0 )
            {
             before(grammarAccess.getOperationalPlanAccess().getGroup()); 
            // InternalItup.g:119:3: ( rule__OperationalPlan__Group__0 )
            // InternalItup.g:119:4: rule__OperationalPlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOperationalPlan"


    // $ANTLR start "entryRuleObjectivePlan"
    // InternalItup.g:128:1: entryRuleObjectivePlan : ruleObjectivePlan EOF ;
    public final void entryRuleObjectivePlan() throws RecognitionException {
        try {
            // InternalItup.g:129:1: ( ruleObjectivePlan EOF )
            // InternalItup.g:130:1: ruleObjectivePlan EOF
            {
             before(grammarAccess.getObjectivePlanRule()); 
            pushFollow(FOLLOW_1);
            ruleObjectivePlan();

            state._fsp--;

             after(grammarAccess.getObjectivePlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjectivePlan"


    // $ANTLR start "ruleObjectivePlan"
    // InternalItup.g:137:1: ruleObjectivePlan : ( ( rule__ObjectivePlan__Group__0 ) ) ;
    public final void ruleObjectivePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:141:2: ( ( ( rule__ObjectivePlan__Group__0 ) ) )
            // InternalItup.g:142:2: ( ( rule__ObjectivePlan__Group__0 ) )
            {
            // InternalItup.g:142:2: ( ( rule__ObjectivePlan__Group__0 ) )
            // InternalItup.g:143:3: ( rule__ObjectivePlan__Group__0 )
            {
             before(grammarAccess.getObjectivePlanAccess().getGroup()); 
            // InternalItup.g:144:3: ( rule__ObjectivePlan__Group__0 )
            // InternalItup.g:144:4: rule__ObjectivePlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectivePlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjectivePlan"


    // $ANTLR start "entryRuleOutputPlan"
    // InternalItup.g:153:1: entryRuleOutputPlan : ruleOutputPlan EOF ;
    public final void entryRuleOutputPlan() throws RecognitionException {
        try {
            // InternalItup.g:154:1: ( ruleOutputPlan EOF )
            // InternalItup.g:155:1: ruleOutputPlan EOF
            {
             before(grammarAccess.getOutputPlanRule()); 
            pushFollow(FOLLOW_1);
            ruleOutputPlan();

            state._fsp--;

             after(grammarAccess.getOutputPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutputPlan"


    // $ANTLR start "ruleOutputPlan"
    // InternalItup.g:162:1: ruleOutputPlan : ( ( rule__OutputPlan__Group__0 ) ) ;
    public final void ruleOutputPlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:166:2: ( ( ( rule__OutputPlan__Group__0 ) ) )
            // InternalItup.g:167:2: ( ( rule__OutputPlan__Group__0 ) )
            {
            // InternalItup.g:167:2: ( ( rule__OutputPlan__Group__0 ) )
            // InternalItup.g:168:3: ( rule__OutputPlan__Group__0 )
            {
             before(grammarAccess.getOutputPlanAccess().getGroup()); 
            // InternalItup.g:169:3: ( rule__OutputPlan__Group__0 )
            // InternalItup.g:169:4: rule__OutputPlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutputPlan"


    // $ANTLR start "entryRuleRetiredOutput"
    // InternalItup.g:178:1: entryRuleRetiredOutput : ruleRetiredOutput EOF ;
    public final void entryRuleRetiredOutput() throws RecognitionException {
        try {
            // InternalItup.g:179:1: ( ruleRetiredOutput EOF )
            // InternalItup.g:180:1: ruleRetiredOutput EOF
            {
             before(grammarAccess.getRetiredOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleRetiredOutput();

            state._fsp--;

             after(grammarAccess.getRetiredOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRetiredOutput"


    // $ANTLR start "ruleRetiredOutput"
    // InternalItup.g:187:1: ruleRetiredOutput : ( ( rule__RetiredOutput__Group__0 ) ) ;
    public final void ruleRetiredOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:191:2: ( ( ( rule__RetiredOutput__Group__0 ) ) )
            // InternalItup.g:192:2: ( ( rule__RetiredOutput__Group__0 ) )
            {
            // InternalItup.g:192:2: ( ( rule__RetiredOutput__Group__0 ) )
            // InternalItup.g:193:3: ( rule__RetiredOutput__Group__0 )
            {
             before(grammarAccess.getRetiredOutputAccess().getGroup()); 
            // InternalItup.g:194:3: ( rule__RetiredOutput__Group__0 )
            // InternalItup.g:194:4: rule__RetiredOutput__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getRetiredOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRetiredOutput"


    // $ANTLR start "ruleOutputWork"
    // InternalItup.g:204:1: ruleOutputWork : ( ( rule__OutputWork__Alternatives )* ) ;
    public final void ruleOutputWork() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:208:2: ( ( ( rule__OutputWork__Alternatives )* ) )
            // InternalItup.g:209:2: ( ( rule__OutputWork__Alternatives )* )
            {
            // InternalItup.g:209:2: ( ( rule__OutputWork__Alternatives )* )
            // InternalItup.g:210:3: ( rule__OutputWork__Alternatives )*
            {
             before(grammarAccess.getOutputWorkAccess().getAlternatives()); 
            // InternalItup.g:211:3: ( rule__OutputWork__Alternatives )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( (LA1_0==12||LA1_0==51||(LA1_0>=55 && LA1_0<=56)||LA1_0==70||LA1_0==83) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalItup.g:211:4: rule__OutputWork__Alternatives
            	    {
            	    pushFollow(FOLLOW_3);
            	    rule__OutputWork__Alternatives();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);

             after(grammarAccess.getOutputWorkAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutputWork"


    // $ANTLR start "entryRuleMilestone"
    // InternalItup.g:220:1: entryRuleMilestone : ruleMilestone EOF ;
    public final void entryRuleMilestone() throws RecognitionException {
        try {
            // InternalItup.g:221:1: ( ruleMilestone EOF )
            // InternalItup.g:222:1: ruleMilestone EOF
            {
             before(grammarAccess.getMilestoneRule()); 
            pushFollow(FOLLOW_1);
            ruleMilestone();

            state._fsp--;

             after(grammarAccess.getMilestoneRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMilestone"


    // $ANTLR start "ruleMilestone"
    // InternalItup.g:229:1: ruleMilestone : ( ( rule__Milestone__Group__0 ) ) ;
    public final void ruleMilestone() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:233:2: ( ( ( rule__Milestone__Group__0 ) ) )
            // InternalItup.g:234:2: ( ( rule__Milestone__Group__0 ) )
            {
            // InternalItup.g:234:2: ( ( rule__Milestone__Group__0 ) )
            // InternalItup.g:235:3: ( rule__Milestone__Group__0 )
            {
             before(grammarAccess.getMilestoneAccess().getGroup()); 
            // InternalItup.g:236:3: ( rule__Milestone__Group__0 )
            // InternalItup.g:236:4: rule__Milestone__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMilestone"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:245:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalItup.g:246:1: ( ruleImport EOF )
            // InternalItup.g:247:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:254:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:258:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalItup.g:259:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalItup.g:259:2: ( ( rule__Import__Group__0 ) )
            // InternalItup.g:260:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalItup.g:261:3: ( rule__Import__Group__0 )
            // InternalItup.g:261:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:270:1: entryRuleCoreValue : ruleCoreValue EOF ;
    public final void entryRuleCoreValue() throws RecognitionException {
        try {
            // InternalItup.g:271:1: ( ruleCoreValue EOF )
            // InternalItup.g:272:1: ruleCoreValue EOF
            {
             before(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getCoreValueRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:279:1: ruleCoreValue : ( ( rule__CoreValue__Group__0 ) ) ;
    public final void ruleCoreValue() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:283:2: ( ( ( rule__CoreValue__Group__0 ) ) )
            // InternalItup.g:284:2: ( ( rule__CoreValue__Group__0 ) )
            {
            // InternalItup.g:284:2: ( ( rule__CoreValue__Group__0 ) )
            // InternalItup.g:285:3: ( rule__CoreValue__Group__0 )
            {
             before(grammarAccess.getCoreValueAccess().getGroup()); 
            // InternalItup.g:286:3: ( rule__CoreValue__Group__0 )
            // InternalItup.g:286:4: rule__CoreValue__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:295:1: entryRuleGoal : ruleGoal EOF ;
    public final void entryRuleGoal() throws RecognitionException {
        try {
            // InternalItup.g:296:1: ( ruleGoal EOF )
            // InternalItup.g:297:1: ruleGoal EOF
            {
             before(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getGoalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:304:1: ruleGoal : ( ( rule__Goal__Group__0 ) ) ;
    public final void ruleGoal() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:308:2: ( ( ( rule__Goal__Group__0 ) ) )
            // InternalItup.g:309:2: ( ( rule__Goal__Group__0 ) )
            {
            // InternalItup.g:309:2: ( ( rule__Goal__Group__0 ) )
            // InternalItup.g:310:3: ( rule__Goal__Group__0 )
            {
             before(grammarAccess.getGoalAccess().getGroup()); 
            // InternalItup.g:311:3: ( rule__Goal__Group__0 )
            // InternalItup.g:311:4: rule__Goal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:320:1: entryRuleTarget : ruleTarget EOF ;
    public final void entryRuleTarget() throws RecognitionException {
        try {
            // InternalItup.g:321:1: ( ruleTarget EOF )
            // InternalItup.g:322:1: ruleTarget EOF
            {
             before(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getTargetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:329:1: ruleTarget : ( ( rule__Target__Group__0 ) ) ;
    public final void ruleTarget() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:333:2: ( ( ( rule__Target__Group__0 ) ) )
            // InternalItup.g:334:2: ( ( rule__Target__Group__0 ) )
            {
            // InternalItup.g:334:2: ( ( rule__Target__Group__0 ) )
            // InternalItup.g:335:3: ( rule__Target__Group__0 )
            {
             before(grammarAccess.getTargetAccess().getGroup()); 
            // InternalItup.g:336:3: ( rule__Target__Group__0 )
            // InternalItup.g:336:4: rule__Target__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:345:1: entryRuleBaseline : ruleBaseline EOF ;
    public final void entryRuleBaseline() throws RecognitionException {
        try {
            // InternalItup.g:346:1: ( ruleBaseline EOF )
            // InternalItup.g:347:1: ruleBaseline EOF
            {
             before(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getBaselineRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:354:1: ruleBaseline : ( ( rule__Baseline__Group__0 ) ) ;
    public final void ruleBaseline() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:358:2: ( ( ( rule__Baseline__Group__0 ) ) )
            // InternalItup.g:359:2: ( ( rule__Baseline__Group__0 ) )
            {
            // InternalItup.g:359:2: ( ( rule__Baseline__Group__0 ) )
            // InternalItup.g:360:3: ( rule__Baseline__Group__0 )
            {
             before(grammarAccess.getBaselineAccess().getGroup()); 
            // InternalItup.g:361:3: ( rule__Baseline__Group__0 )
            // InternalItup.g:361:4: rule__Baseline__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:370:1: entryRuleSdgLink : ruleSdgLink EOF ;
    public final void entryRuleSdgLink() throws RecognitionException {
        try {
            // InternalItup.g:371:1: ( ruleSdgLink EOF )
            // InternalItup.g:372:1: ruleSdgLink EOF
            {
             before(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getSdgLinkRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:379:1: ruleSdgLink : ( ( rule__SdgLink__Group__0 ) ) ;
    public final void ruleSdgLink() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:383:2: ( ( ( rule__SdgLink__Group__0 ) ) )
            // InternalItup.g:384:2: ( ( rule__SdgLink__Group__0 ) )
            {
            // InternalItup.g:384:2: ( ( rule__SdgLink__Group__0 ) )
            // InternalItup.g:385:3: ( rule__SdgLink__Group__0 )
            {
             before(grammarAccess.getSdgLinkAccess().getGroup()); 
            // InternalItup.g:386:3: ( rule__SdgLink__Group__0 )
            // InternalItup.g:386:4: rule__SdgLink__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:395:1: entryRuleSector : ruleSector EOF ;
    public final void entryRuleSector() throws RecognitionException {
        try {
            // InternalItup.g:396:1: ( ruleSector EOF )
            // InternalItup.g:397:1: ruleSector EOF
            {
             before(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getSectorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:404:1: ruleSector : ( ( rule__Sector__Group__0 ) ) ;
    public final void ruleSector() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:408:2: ( ( ( rule__Sector__Group__0 ) ) )
            // InternalItup.g:409:2: ( ( rule__Sector__Group__0 ) )
            {
            // InternalItup.g:409:2: ( ( rule__Sector__Group__0 ) )
            // InternalItup.g:410:3: ( rule__Sector__Group__0 )
            {
             before(grammarAccess.getSectorAccess().getGroup()); 
            // InternalItup.g:411:3: ( rule__Sector__Group__0 )
            // InternalItup.g:411:4: rule__Sector__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:420:1: entryRuleBureau : ruleBureau EOF ;
    public final void entryRuleBureau() throws RecognitionException {
        try {
            // InternalItup.g:421:1: ( ruleBureau EOF )
            // InternalItup.g:422:1: ruleBureau EOF
            {
             before(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getBureauRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:429:1: ruleBureau : ( ( rule__Bureau__Group__0 ) ) ;
    public final void ruleBureau() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:433:2: ( ( ( rule__Bureau__Group__0 ) ) )
            // InternalItup.g:434:2: ( ( rule__Bureau__Group__0 ) )
            {
            // InternalItup.g:434:2: ( ( rule__Bureau__Group__0 ) )
            // InternalItup.g:435:3: ( rule__Bureau__Group__0 )
            {
             before(grammarAccess.getBureauAccess().getGroup()); 
            // InternalItup.g:436:3: ( rule__Bureau__Group__0 )
            // InternalItup.g:436:4: rule__Bureau__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:445:1: entryRuleObjective : ruleObjective EOF ;
    public final void entryRuleObjective() throws RecognitionException {
        try {
            // InternalItup.g:446:1: ( ruleObjective EOF )
            // InternalItup.g:447:1: ruleObjective EOF
            {
             before(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getObjectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:454:1: ruleObjective : ( ( rule__Objective__Group__0 ) ) ;
    public final void ruleObjective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:458:2: ( ( ( rule__Objective__Group__0 ) ) )
            // InternalItup.g:459:2: ( ( rule__Objective__Group__0 ) )
            {
            // InternalItup.g:459:2: ( ( rule__Objective__Group__0 ) )
            // InternalItup.g:460:3: ( rule__Objective__Group__0 )
            {
             before(grammarAccess.getObjectiveAccess().getGroup()); 
            // InternalItup.g:461:3: ( rule__Objective__Group__0 )
            // InternalItup.g:461:4: rule__Objective__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:470:1: entryRuleOutcome : ruleOutcome EOF ;
    public final void entryRuleOutcome() throws RecognitionException {
        try {
            // InternalItup.g:471:1: ( ruleOutcome EOF )
            // InternalItup.g:472:1: ruleOutcome EOF
            {
             before(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getOutcomeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:479:1: ruleOutcome : ( ( rule__Outcome__Group__0 ) ) ;
    public final void ruleOutcome() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:483:2: ( ( ( rule__Outcome__Group__0 ) ) )
            // InternalItup.g:484:2: ( ( rule__Outcome__Group__0 ) )
            {
            // InternalItup.g:484:2: ( ( rule__Outcome__Group__0 ) )
            // InternalItup.g:485:3: ( rule__Outcome__Group__0 )
            {
             before(grammarAccess.getOutcomeAccess().getGroup()); 
            // InternalItup.g:486:3: ( rule__Outcome__Group__0 )
            // InternalItup.g:486:4: rule__Outcome__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:495:1: entryRuleOutput : ruleOutput EOF ;
    public final void entryRuleOutput() throws RecognitionException {
        try {
            // InternalItup.g:496:1: ( ruleOutput EOF )
            // InternalItup.g:497:1: ruleOutput EOF
            {
             before(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:504:1: ruleOutput : ( ( rule__Output__Group__0 ) ) ;
    public final void ruleOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:508:2: ( ( ( rule__Output__Group__0 ) ) )
            // InternalItup.g:509:2: ( ( rule__Output__Group__0 ) )
            {
            // InternalItup.g:509:2: ( ( rule__Output__Group__0 ) )
            // InternalItup.g:510:3: ( rule__Output__Group__0 )
            {
             before(grammarAccess.getOutputAccess().getGroup()); 
            // InternalItup.g:511:3: ( rule__Output__Group__0 )
            // InternalItup.g:511:4: rule__Output__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:520:1: entryRulePerformanceIndicator : rulePerformanceIndicator EOF ;
    public final void entryRulePerformanceIndicator() throws RecognitionException {
        try {
            // InternalItup.g:521:1: ( rulePerformanceIndicator EOF )
            // InternalItup.g:522:1: rulePerformanceIndicator EOF
            {
             before(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:529:1: rulePerformanceIndicator : ( ( rule__PerformanceIndicator__Group__0 ) ) ;
    public final void rulePerformanceIndicator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:533:2: ( ( ( rule__PerformanceIndicator__Group__0 ) ) )
            // InternalItup.g:534:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            {
            // InternalItup.g:534:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            // InternalItup.g:535:3: ( rule__PerformanceIndicator__Group__0 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 
            // InternalItup.g:536:3: ( rule__PerformanceIndicator__Group__0 )
            // InternalItup.g:536:4: rule__PerformanceIndicator__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:545:1: entryRuleEnabler : ruleEnabler EOF ;
    public final void entryRuleEnabler() throws RecognitionException {
        try {
            // InternalItup.g:546:1: ( ruleEnabler EOF )
            // InternalItup.g:547:1: ruleEnabler EOF
            {
             before(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getEnablerRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:554:1: ruleEnabler : ( ( rule__Enabler__Group__0 ) ) ;
    public final void ruleEnabler() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:558:2: ( ( ( rule__Enabler__Group__0 ) ) )
            // InternalItup.g:559:2: ( ( rule__Enabler__Group__0 ) )
            {
            // InternalItup.g:559:2: ( ( rule__Enabler__Group__0 ) )
            // InternalItup.g:560:3: ( rule__Enabler__Group__0 )
            {
             before(grammarAccess.getEnablerAccess().getGroup()); 
            // InternalItup.g:561:3: ( rule__Enabler__Group__0 )
            // InternalItup.g:561:4: rule__Enabler__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:570:1: entryRuleStrategicRisk : ruleStrategicRisk EOF ;
    public final void entryRuleStrategicRisk() throws RecognitionException {
        try {
            // InternalItup.g:571:1: ( ruleStrategicRisk EOF )
            // InternalItup.g:572:1: ruleStrategicRisk EOF
            {
             before(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getStrategicRiskRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:579:1: ruleStrategicRisk : ( ( rule__StrategicRisk__Group__0 ) ) ;
    public final void ruleStrategicRisk() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:583:2: ( ( ( rule__StrategicRisk__Group__0 ) ) )
            // InternalItup.g:584:2: ( ( rule__StrategicRisk__Group__0 ) )
            {
            // InternalItup.g:584:2: ( ( rule__StrategicRisk__Group__0 ) )
            // InternalItup.g:585:3: ( rule__StrategicRisk__Group__0 )
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup()); 
            // InternalItup.g:586:3: ( rule__StrategicRisk__Group__0 )
            // InternalItup.g:586:4: rule__StrategicRisk__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:595:1: entryRuleMitigation : ruleMitigation EOF ;
    public final void entryRuleMitigation() throws RecognitionException {
        try {
            // InternalItup.g:596:1: ( ruleMitigation EOF )
            // InternalItup.g:597:1: ruleMitigation EOF
            {
             before(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getMitigationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:604:1: ruleMitigation : ( ( rule__Mitigation__Group__0 ) ) ;
    public final void ruleMitigation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:608:2: ( ( ( rule__Mitigation__Group__0 ) ) )
            // InternalItup.g:609:2: ( ( rule__Mitigation__Group__0 ) )
            {
            // InternalItup.g:609:2: ( ( rule__Mitigation__Group__0 ) )
            // InternalItup.g:610:3: ( rule__Mitigation__Group__0 )
            {
             before(grammarAccess.getMitigationAccess().getGroup()); 
            // InternalItup.g:611:3: ( rule__Mitigation__Group__0 )
            // InternalItup.g:611:4: rule__Mitigation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:620:1: entryRuleSwotItem : ruleSwotItem EOF ;
    public final void entryRuleSwotItem() throws RecognitionException {
        try {
            // InternalItup.g:621:1: ( ruleSwotItem EOF )
            // InternalItup.g:622:1: ruleSwotItem EOF
            {
             before(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getSwotItemRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:629:1: ruleSwotItem : ( ( rule__SwotItem__Group__0 ) ) ;
    public final void ruleSwotItem() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:633:2: ( ( ( rule__SwotItem__Group__0 ) ) )
            // InternalItup.g:634:2: ( ( rule__SwotItem__Group__0 ) )
            {
            // InternalItup.g:634:2: ( ( rule__SwotItem__Group__0 ) )
            // InternalItup.g:635:3: ( rule__SwotItem__Group__0 )
            {
             before(grammarAccess.getSwotItemAccess().getGroup()); 
            // InternalItup.g:636:3: ( rule__SwotItem__Group__0 )
            // InternalItup.g:636:4: rule__SwotItem__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:645:1: entryRuleImplementationCriterion : ruleImplementationCriterion EOF ;
    public final void entryRuleImplementationCriterion() throws RecognitionException {
        try {
            // InternalItup.g:646:1: ( ruleImplementationCriterion EOF )
            // InternalItup.g:647:1: ruleImplementationCriterion EOF
            {
             before(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:654:1: ruleImplementationCriterion : ( ( rule__ImplementationCriterion__Group__0 ) ) ;
    public final void ruleImplementationCriterion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:658:2: ( ( ( rule__ImplementationCriterion__Group__0 ) ) )
            // InternalItup.g:659:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            {
            // InternalItup.g:659:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            // InternalItup.g:660:3: ( rule__ImplementationCriterion__Group__0 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup()); 
            // InternalItup.g:661:3: ( rule__ImplementationCriterion__Group__0 )
            // InternalItup.g:661:4: rule__ImplementationCriterion__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:670:1: entryRuleGlossaryTerm : ruleGlossaryTerm EOF ;
    public final void entryRuleGlossaryTerm() throws RecognitionException {
        try {
            // InternalItup.g:671:1: ( ruleGlossaryTerm EOF )
            // InternalItup.g:672:1: ruleGlossaryTerm EOF
            {
             before(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getGlossaryTermRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:679:1: ruleGlossaryTerm : ( ( rule__GlossaryTerm__Group__0 ) ) ;
    public final void ruleGlossaryTerm() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:683:2: ( ( ( rule__GlossaryTerm__Group__0 ) ) )
            // InternalItup.g:684:2: ( ( rule__GlossaryTerm__Group__0 ) )
            {
            // InternalItup.g:684:2: ( ( rule__GlossaryTerm__Group__0 ) )
            // InternalItup.g:685:3: ( rule__GlossaryTerm__Group__0 )
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup()); 
            // InternalItup.g:686:3: ( rule__GlossaryTerm__Group__0 )
            // InternalItup.g:686:4: rule__GlossaryTerm__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:695:1: entryRuleTranslation : ruleTranslation EOF ;
    public final void entryRuleTranslation() throws RecognitionException {
        try {
            // InternalItup.g:696:1: ( ruleTranslation EOF )
            // InternalItup.g:697:1: ruleTranslation EOF
            {
             before(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getTranslationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:704:1: ruleTranslation : ( ( rule__Translation__Group__0 ) ) ;
    public final void ruleTranslation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:708:2: ( ( ( rule__Translation__Group__0 ) ) )
            // InternalItup.g:709:2: ( ( rule__Translation__Group__0 ) )
            {
            // InternalItup.g:709:2: ( ( rule__Translation__Group__0 ) )
            // InternalItup.g:710:3: ( rule__Translation__Group__0 )
            {
             before(grammarAccess.getTranslationAccess().getGroup()); 
            // InternalItup.g:711:3: ( rule__Translation__Group__0 )
            // InternalItup.g:711:4: rule__Translation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:720:1: entryRuleCode : ruleCode EOF ;
    public final void entryRuleCode() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:724:1: ( ruleCode EOF )
            // InternalItup.g:725:1: ruleCode EOF
            {
             before(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:735:1: ruleCode : ( ( rule__Code__Group__0 ) ) ;
    public final void ruleCode() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:740:2: ( ( ( rule__Code__Group__0 ) ) )
            // InternalItup.g:741:2: ( ( rule__Code__Group__0 ) )
            {
            // InternalItup.g:741:2: ( ( rule__Code__Group__0 ) )
            // InternalItup.g:742:3: ( rule__Code__Group__0 )
            {
             before(grammarAccess.getCodeAccess().getGroup()); 
            // InternalItup.g:743:3: ( rule__Code__Group__0 )
            // InternalItup.g:743:4: rule__Code__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:753:1: entryRuleCodeSegment : ruleCodeSegment EOF ;
    public final void entryRuleCodeSegment() throws RecognitionException {
        try {
            // InternalItup.g:754:1: ( ruleCodeSegment EOF )
            // InternalItup.g:755:1: ruleCodeSegment EOF
            {
             before(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeSegmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:762:1: ruleCodeSegment : ( ( rule__CodeSegment__Alternatives ) ) ;
    public final void ruleCodeSegment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:766:2: ( ( ( rule__CodeSegment__Alternatives ) ) )
            // InternalItup.g:767:2: ( ( rule__CodeSegment__Alternatives ) )
            {
            // InternalItup.g:767:2: ( ( rule__CodeSegment__Alternatives ) )
            // InternalItup.g:768:3: ( rule__CodeSegment__Alternatives )
            {
             before(grammarAccess.getCodeSegmentAccess().getAlternatives()); 
            // InternalItup.g:769:3: ( rule__CodeSegment__Alternatives )
            // InternalItup.g:769:4: rule__CodeSegment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__CodeSegment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getCodeSegmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:778:1: entryRulePlanName : rulePlanName EOF ;
    public final void entryRulePlanName() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:782:1: ( rulePlanName EOF )
            // InternalItup.g:783:1: rulePlanName EOF
            {
             before(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:793:1: rulePlanName : ( ( rule__PlanName__Group__0 ) ) ;
    public final void rulePlanName() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:798:2: ( ( ( rule__PlanName__Group__0 ) ) )
            // InternalItup.g:799:2: ( ( rule__PlanName__Group__0 ) )
            {
            // InternalItup.g:799:2: ( ( rule__PlanName__Group__0 ) )
            // InternalItup.g:800:3: ( rule__PlanName__Group__0 )
            {
             before(grammarAccess.getPlanNameAccess().getGroup()); 
            // InternalItup.g:801:3: ( rule__PlanName__Group__0 )
            // InternalItup.g:801:4: rule__PlanName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:811:1: entryRuleYear : ruleYear EOF ;
    public final void entryRuleYear() throws RecognitionException {
        try {
            // InternalItup.g:812:1: ( ruleYear EOF )
            // InternalItup.g:813:1: ruleYear EOF
            {
             before(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getYearRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:820:1: ruleYear : ( RULE_INT ) ;
    public final void ruleYear() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:824:2: ( ( RULE_INT ) )
            // InternalItup.g:825:2: ( RULE_INT )
            {
            // InternalItup.g:825:2: ( RULE_INT )
            // InternalItup.g:826:3: RULE_INT
            {
             before(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:836:1: entryRuleDecimal : ruleDecimal EOF ;
    public final void entryRuleDecimal() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:840:1: ( ruleDecimal EOF )
            // InternalItup.g:841:1: ruleDecimal EOF
            {
             before(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getDecimalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:851:1: ruleDecimal : ( ( rule__Decimal__Group__0 ) ) ;
    public final void ruleDecimal() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:856:2: ( ( ( rule__Decimal__Group__0 ) ) )
            // InternalItup.g:857:2: ( ( rule__Decimal__Group__0 ) )
            {
            // InternalItup.g:857:2: ( ( rule__Decimal__Group__0 ) )
            // InternalItup.g:858:3: ( rule__Decimal__Group__0 )
            {
             before(grammarAccess.getDecimalAccess().getGroup()); 
            // InternalItup.g:859:3: ( rule__Decimal__Group__0 )
            // InternalItup.g:859:4: rule__Decimal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDecimalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:869:1: ruleMeasuredTargetKind : ( ( rule__MeasuredTargetKind__Alternatives ) ) ;
    public final void ruleMeasuredTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:873:1: ( ( ( rule__MeasuredTargetKind__Alternatives ) ) )
            // InternalItup.g:874:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            {
            // InternalItup.g:874:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            // InternalItup.g:875:3: ( rule__MeasuredTargetKind__Alternatives )
            {
             before(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 
            // InternalItup.g:876:3: ( rule__MeasuredTargetKind__Alternatives )
            // InternalItup.g:876:4: rule__MeasuredTargetKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MeasuredTargetKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:885:1: ruleQualitativeTargetKind : ( ( 'qualitative' ) ) ;
    public final void ruleQualitativeTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:889:1: ( ( ( 'qualitative' ) ) )
            // InternalItup.g:890:2: ( ( 'qualitative' ) )
            {
            // InternalItup.g:890:2: ( ( 'qualitative' ) )
            // InternalItup.g:891:3: ( 'qualitative' )
            {
             before(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 
            // InternalItup.g:892:3: ( 'qualitative' )
            // InternalItup.g:892:4: 'qualitative'
            {
            match(input,11,FOLLOW_2); 

            }

             after(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:901:1: ruleSectorKind : ( ( rule__SectorKind__Alternatives ) ) ;
    public final void ruleSectorKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:905:1: ( ( ( rule__SectorKind__Alternatives ) ) )
            // InternalItup.g:906:2: ( ( rule__SectorKind__Alternatives ) )
            {
            // InternalItup.g:906:2: ( ( rule__SectorKind__Alternatives ) )
            // InternalItup.g:907:3: ( rule__SectorKind__Alternatives )
            {
             before(grammarAccess.getSectorKindAccess().getAlternatives()); 
            // InternalItup.g:908:3: ( rule__SectorKind__Alternatives )
            // InternalItup.g:908:4: rule__SectorKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SectorKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSectorKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:917:1: ruleIndicatorDirection : ( ( rule__IndicatorDirection__Alternatives ) ) ;
    public final void ruleIndicatorDirection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:921:1: ( ( ( rule__IndicatorDirection__Alternatives ) ) )
            // InternalItup.g:922:2: ( ( rule__IndicatorDirection__Alternatives ) )
            {
            // InternalItup.g:922:2: ( ( rule__IndicatorDirection__Alternatives ) )
            // InternalItup.g:923:3: ( rule__IndicatorDirection__Alternatives )
            {
             before(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 
            // InternalItup.g:924:3: ( rule__IndicatorDirection__Alternatives )
            // InternalItup.g:924:4: rule__IndicatorDirection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__IndicatorDirection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:933:1: ruleRiskTreatment : ( ( rule__RiskTreatment__Alternatives ) ) ;
    public final void ruleRiskTreatment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:937:1: ( ( ( rule__RiskTreatment__Alternatives ) ) )
            // InternalItup.g:938:2: ( ( rule__RiskTreatment__Alternatives ) )
            {
            // InternalItup.g:938:2: ( ( rule__RiskTreatment__Alternatives ) )
            // InternalItup.g:939:3: ( rule__RiskTreatment__Alternatives )
            {
             before(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 
            // InternalItup.g:940:3: ( rule__RiskTreatment__Alternatives )
            // InternalItup.g:940:4: rule__RiskTreatment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RiskTreatment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:949:1: ruleSwotKind : ( ( rule__SwotKind__Alternatives ) ) ;
    public final void ruleSwotKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:953:1: ( ( ( rule__SwotKind__Alternatives ) ) )
            // InternalItup.g:954:2: ( ( rule__SwotKind__Alternatives ) )
            {
            // InternalItup.g:954:2: ( ( rule__SwotKind__Alternatives ) )
            // InternalItup.g:955:3: ( rule__SwotKind__Alternatives )
            {
             before(grammarAccess.getSwotKindAccess().getAlternatives()); 
            // InternalItup.g:956:3: ( rule__SwotKind__Alternatives )
            // InternalItup.g:956:4: rule__SwotKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SwotKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSwotKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotKind"


    // $ANTLR start "rule__PlanFile__Alternatives"
    // InternalItup.g:964:1: rule__PlanFile__Alternatives : ( ( rulePlan ) | ( ruleOperationalPlan ) );
    public final void rule__PlanFile__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:968:1: ( ( rulePlan ) | ( ruleOperationalPlan ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==12) ) {
                alt2=1;
            }
            else if ( (LA2_0==47) ) {
                alt2=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalItup.g:969:2: ( rulePlan )
                    {
                    // InternalItup.g:969:2: ( rulePlan )
                    // InternalItup.g:970:3: rulePlan
                    {
                     before(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    rulePlan();

                    state._fsp--;

                     after(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:975:2: ( ruleOperationalPlan )
                    {
                    // InternalItup.g:975:2: ( ruleOperationalPlan )
                    // InternalItup.g:976:3: ruleOperationalPlan
                    {
                     before(grammarAccess.getPlanFileAccess().getOperationalPlanParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleOperationalPlan();

                    state._fsp--;

                     after(grammarAccess.getPlanFileAccess().getOperationalPlanParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanFile__Alternatives"


    // $ANTLR start "rule__Plan__Alternatives_9"
    // InternalItup.g:985:1: rule__Plan__Alternatives_9 : ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) );
    public final void rule__Plan__Alternatives_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:989:1: ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) )
            int alt3=9;
            switch ( input.LA(1) ) {
            case 58:
                {
                alt3=1;
                }
                break;
            case 13:
                {
                alt3=2;
                }
                break;
            case 20:
            case 21:
            case 22:
                {
                alt3=3;
                }
                break;
            case 77:
                {
                alt3=4;
                }
                break;
            case 40:
                {
                alt3=5;
                }
                break;
            case 43:
                {
                alt3=6;
                }
                break;
            case 45:
                {
                alt3=7;
                }
                break;
            case 80:
                {
                alt3=8;
                }
                break;
            case 81:
                {
                alt3=9;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }

            switch (alt3) {
                case 1 :
                    // InternalItup.g:990:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    {
                    // InternalItup.g:990:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    // InternalItup.g:991:3: ( rule__Plan__ValuesAssignment_9_0 )
                    {
                     before(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 
                    // InternalItup.g:992:3: ( rule__Plan__ValuesAssignment_9_0 )
                    // InternalItup.g:992:4: rule__Plan__ValuesAssignment_9_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__ValuesAssignment_9_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:996:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    {
                    // InternalItup.g:996:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    // InternalItup.g:997:3: ( rule__Plan__GoalsAssignment_9_1 )
                    {
                     before(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 
                    // InternalItup.g:998:3: ( rule__Plan__GoalsAssignment_9_1 )
                    // InternalItup.g:998:4: rule__Plan__GoalsAssignment_9_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GoalsAssignment_9_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1002:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    {
                    // InternalItup.g:1002:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    // InternalItup.g:1003:3: ( rule__Plan__SectorsAssignment_9_2 )
                    {
                     before(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 
                    // InternalItup.g:1004:3: ( rule__Plan__SectorsAssignment_9_2 )
                    // InternalItup.g:1004:4: rule__Plan__SectorsAssignment_9_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__SectorsAssignment_9_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1008:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    {
                    // InternalItup.g:1008:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    // InternalItup.g:1009:3: ( rule__Plan__RisksAssignment_9_3 )
                    {
                     before(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 
                    // InternalItup.g:1010:3: ( rule__Plan__RisksAssignment_9_3 )
                    // InternalItup.g:1010:4: rule__Plan__RisksAssignment_9_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__RisksAssignment_9_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:1014:2: ( ( rule__Plan__Group_9_4__0 ) )
                    {
                    // InternalItup.g:1014:2: ( ( rule__Plan__Group_9_4__0 ) )
                    // InternalItup.g:1015:3: ( rule__Plan__Group_9_4__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_4()); 
                    // InternalItup.g:1016:3: ( rule__Plan__Group_9_4__0 )
                    // InternalItup.g:1016:4: rule__Plan__Group_9_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalItup.g:1020:2: ( ( rule__Plan__Group_9_5__0 ) )
                    {
                    // InternalItup.g:1020:2: ( ( rule__Plan__Group_9_5__0 ) )
                    // InternalItup.g:1021:3: ( rule__Plan__Group_9_5__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_5()); 
                    // InternalItup.g:1022:3: ( rule__Plan__Group_9_5__0 )
                    // InternalItup.g:1022:4: rule__Plan__Group_9_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalItup.g:1026:2: ( ( rule__Plan__Group_9_6__0 ) )
                    {
                    // InternalItup.g:1026:2: ( ( rule__Plan__Group_9_6__0 ) )
                    // InternalItup.g:1027:3: ( rule__Plan__Group_9_6__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_6()); 
                    // InternalItup.g:1028:3: ( rule__Plan__Group_9_6__0 )
                    // InternalItup.g:1028:4: rule__Plan__Group_9_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_6__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalItup.g:1032:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    {
                    // InternalItup.g:1032:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    // InternalItup.g:1033:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    {
                     before(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 
                    // InternalItup.g:1034:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    // InternalItup.g:1034:4: rule__Plan__CriteriaAssignment_9_7
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__CriteriaAssignment_9_7();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalItup.g:1038:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    {
                    // InternalItup.g:1038:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    // InternalItup.g:1039:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    {
                     before(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 
                    // InternalItup.g:1040:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    // InternalItup.g:1040:4: rule__Plan__GlossaryAssignment_9_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GlossaryAssignment_9_8();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Alternatives_9"


    // $ANTLR start "rule__OutputWork__Alternatives"
    // InternalItup.g:1048:1: rule__OutputWork__Alternatives : ( ( ( rule__OutputWork__Group_0__0 ) ) | ( ( rule__OutputWork__Group_1__0 ) ) | ( ( rule__OutputWork__IndicatorsAssignment_2 ) ) | ( ( rule__OutputWork__Group_3__0 ) ) | ( ( rule__OutputWork__TimelineAssignment_4 ) ) );
    public final void rule__OutputWork__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1052:1: ( ( ( rule__OutputWork__Group_0__0 ) ) | ( ( rule__OutputWork__Group_1__0 ) ) | ( ( rule__OutputWork__IndicatorsAssignment_2 ) ) | ( ( rule__OutputWork__Group_3__0 ) ) | ( ( rule__OutputWork__TimelineAssignment_4 ) ) )
            int alt4=5;
            switch ( input.LA(1) ) {
            case 51:
                {
                alt4=1;
                }
                break;
            case 55:
                {
                alt4=2;
                }
                break;
            case 70:
                {
                alt4=3;
                }
                break;
            case 56:
                {
                alt4=4;
                }
                break;
            case 12:
            case 83:
                {
                alt4=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalItup.g:1053:2: ( ( rule__OutputWork__Group_0__0 ) )
                    {
                    // InternalItup.g:1053:2: ( ( rule__OutputWork__Group_0__0 ) )
                    // InternalItup.g:1054:3: ( rule__OutputWork__Group_0__0 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getGroup_0()); 
                    // InternalItup.g:1055:3: ( rule__OutputWork__Group_0__0 )
                    // InternalItup.g:1055:4: rule__OutputWork__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1059:2: ( ( rule__OutputWork__Group_1__0 ) )
                    {
                    // InternalItup.g:1059:2: ( ( rule__OutputWork__Group_1__0 ) )
                    // InternalItup.g:1060:3: ( rule__OutputWork__Group_1__0 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getGroup_1()); 
                    // InternalItup.g:1061:3: ( rule__OutputWork__Group_1__0 )
                    // InternalItup.g:1061:4: rule__OutputWork__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getGroup_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1065:2: ( ( rule__OutputWork__IndicatorsAssignment_2 ) )
                    {
                    // InternalItup.g:1065:2: ( ( rule__OutputWork__IndicatorsAssignment_2 ) )
                    // InternalItup.g:1066:3: ( rule__OutputWork__IndicatorsAssignment_2 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getIndicatorsAssignment_2()); 
                    // InternalItup.g:1067:3: ( rule__OutputWork__IndicatorsAssignment_2 )
                    // InternalItup.g:1067:4: rule__OutputWork__IndicatorsAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__IndicatorsAssignment_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getIndicatorsAssignment_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1071:2: ( ( rule__OutputWork__Group_3__0 ) )
                    {
                    // InternalItup.g:1071:2: ( ( rule__OutputWork__Group_3__0 ) )
                    // InternalItup.g:1072:3: ( rule__OutputWork__Group_3__0 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getGroup_3()); 
                    // InternalItup.g:1073:3: ( rule__OutputWork__Group_3__0 )
                    // InternalItup.g:1073:4: rule__OutputWork__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getGroup_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:1077:2: ( ( rule__OutputWork__TimelineAssignment_4 ) )
                    {
                    // InternalItup.g:1077:2: ( ( rule__OutputWork__TimelineAssignment_4 ) )
                    // InternalItup.g:1078:3: ( rule__OutputWork__TimelineAssignment_4 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getTimelineAssignment_4()); 
                    // InternalItup.g:1079:3: ( rule__OutputWork__TimelineAssignment_4 )
                    // InternalItup.g:1079:4: rule__OutputWork__TimelineAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__TimelineAssignment_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getTimelineAssignment_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Alternatives"


    // $ANTLR start "rule__Milestone__Alternatives_0"
    // InternalItup.g:1087:1: rule__Milestone__Alternatives_0 : ( ( 'plan' ) | ( ( rule__Milestone__ForecastAssignment_0_1 ) ) );
    public final void rule__Milestone__Alternatives_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1091:1: ( ( 'plan' ) | ( ( rule__Milestone__ForecastAssignment_0_1 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==12) ) {
                alt5=1;
            }
            else if ( (LA5_0==83) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalItup.g:1092:2: ( 'plan' )
                    {
                    // InternalItup.g:1092:2: ( 'plan' )
                    // InternalItup.g:1093:3: 'plan'
                    {
                     before(grammarAccess.getMilestoneAccess().getPlanKeyword_0_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getMilestoneAccess().getPlanKeyword_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1098:2: ( ( rule__Milestone__ForecastAssignment_0_1 ) )
                    {
                    // InternalItup.g:1098:2: ( ( rule__Milestone__ForecastAssignment_0_1 ) )
                    // InternalItup.g:1099:3: ( rule__Milestone__ForecastAssignment_0_1 )
                    {
                     before(grammarAccess.getMilestoneAccess().getForecastAssignment_0_1()); 
                    // InternalItup.g:1100:3: ( rule__Milestone__ForecastAssignment_0_1 )
                    // InternalItup.g:1100:4: rule__Milestone__ForecastAssignment_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Milestone__ForecastAssignment_0_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getMilestoneAccess().getForecastAssignment_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Alternatives_0"


    // $ANTLR start "rule__Goal__Alternatives_6"
    // InternalItup.g:1108:1: rule__Goal__Alternatives_6 : ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) );
    public final void rule__Goal__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1112:1: ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) )
            int alt6=3;
            switch ( input.LA(1) ) {
            case 61:
                {
                alt6=1;
                }
                break;
            case 45:
                {
                alt6=2;
                }
                break;
            case 43:
                {
                alt6=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }

            switch (alt6) {
                case 1 :
                    // InternalItup.g:1113:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    {
                    // InternalItup.g:1113:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    // InternalItup.g:1114:3: ( rule__Goal__TargetsAssignment_6_0 )
                    {
                     before(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 
                    // InternalItup.g:1115:3: ( rule__Goal__TargetsAssignment_6_0 )
                    // InternalItup.g:1115:4: rule__Goal__TargetsAssignment_6_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TargetsAssignment_6_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1119:2: ( ( rule__Goal__Group_6_1__0 ) )
                    {
                    // InternalItup.g:1119:2: ( ( rule__Goal__Group_6_1__0 ) )
                    // InternalItup.g:1120:3: ( rule__Goal__Group_6_1__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_1()); 
                    // InternalItup.g:1121:3: ( rule__Goal__Group_6_1__0 )
                    // InternalItup.g:1121:4: rule__Goal__Group_6_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1125:2: ( ( rule__Goal__Group_6_2__0 ) )
                    {
                    // InternalItup.g:1125:2: ( ( rule__Goal__Group_6_2__0 ) )
                    // InternalItup.g:1126:3: ( rule__Goal__Group_6_2__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_2()); 
                    // InternalItup.g:1127:3: ( rule__Goal__Group_6_2__0 )
                    // InternalItup.g:1127:4: rule__Goal__Group_6_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Alternatives_6"


    // $ANTLR start "rule__Target__Alternatives_3_1_1"
    // InternalItup.g:1135:1: rule__Target__Alternatives_3_1_1 : ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) );
    public final void rule__Target__Alternatives_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1139:1: ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( ((LA7_0>=17 && LA7_0<=19)) ) {
                alt7=1;
            }
            else if ( (LA7_0==11) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalItup.g:1140:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    {
                    // InternalItup.g:1140:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    // InternalItup.g:1141:3: ( rule__Target__Group_3_1_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 
                    // InternalItup.g:1142:3: ( rule__Target__Group_3_1_1_0__0 )
                    // InternalItup.g:1142:4: rule__Target__Group_3_1_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1146:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    {
                    // InternalItup.g:1146:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    // InternalItup.g:1147:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 
                    // InternalItup.g:1148:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    // InternalItup.g:1148:4: rule__Target__KindAssignment_3_1_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__KindAssignment_3_1_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Alternatives_3_1_1"


    // $ANTLR start "rule__Baseline__Alternatives_2"
    // InternalItup.g:1156:1: rule__Baseline__Alternatives_2 : ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) );
    public final void rule__Baseline__Alternatives_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1160:1: ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==84) ) {
                alt8=1;
            }
            else if ( (LA8_0==58) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:1161:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    {
                    // InternalItup.g:1161:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    // InternalItup.g:1162:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    {
                     before(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 
                    // InternalItup.g:1163:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    // InternalItup.g:1163:4: rule__Baseline__MeasuredAssignment_2_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__MeasuredAssignment_2_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1167:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    {
                    // InternalItup.g:1167:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    // InternalItup.g:1168:3: ( rule__Baseline__Group_2_1__0 )
                    {
                     before(grammarAccess.getBaselineAccess().getGroup_2_1()); 
                    // InternalItup.g:1169:3: ( rule__Baseline__Group_2_1__0 )
                    // InternalItup.g:1169:4: rule__Baseline__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Group_2_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getGroup_2_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Alternatives_2"


    // $ANTLR start "rule__Sector__Alternatives_5"
    // InternalItup.g:1177:1: rule__Sector__Alternatives_5 : ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) );
    public final void rule__Sector__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1181:1: ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) )
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==52) ) {
                alt9=1;
            }
            else if ( (LA9_0==73) ) {
                alt9=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }
            switch (alt9) {
                case 1 :
                    // InternalItup.g:1182:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    {
                    // InternalItup.g:1182:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    // InternalItup.g:1183:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    {
                     before(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 
                    // InternalItup.g:1184:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    // InternalItup.g:1184:4: rule__Sector__ObjectivesAssignment_5_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__ObjectivesAssignment_5_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1188:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    {
                    // InternalItup.g:1188:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    // InternalItup.g:1189:3: ( rule__Sector__EnablersAssignment_5_1 )
                    {
                     before(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 
                    // InternalItup.g:1190:3: ( rule__Sector__EnablersAssignment_5_1 )
                    // InternalItup.g:1190:4: rule__Sector__EnablersAssignment_5_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__EnablersAssignment_5_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5"
    // InternalItup.g:1198:1: rule__Objective__Alternatives_5 : ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) );
    public final void rule__Objective__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1202:1: ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) )
            int alt10=5;
            switch ( input.LA(1) ) {
            case 67:
                {
                alt10=1;
                }
                break;
            case 68:
                {
                alt10=2;
                }
                break;
            case 43:
                {
                alt10=3;
                }
                break;
            case 69:
                {
                alt10=4;
                }
                break;
            case 53:
                {
                alt10=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }

            switch (alt10) {
                case 1 :
                    // InternalItup.g:1203:2: ( ( rule__Objective__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1203:2: ( ( rule__Objective__Group_5_0__0 ) )
                    // InternalItup.g:1204:3: ( rule__Objective__Group_5_0__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_0()); 
                    // InternalItup.g:1205:3: ( rule__Objective__Group_5_0__0 )
                    // InternalItup.g:1205:4: rule__Objective__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1209:2: ( ( rule__Objective__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1209:2: ( ( rule__Objective__Group_5_1__0 ) )
                    // InternalItup.g:1210:3: ( rule__Objective__Group_5_1__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_1()); 
                    // InternalItup.g:1211:3: ( rule__Objective__Group_5_1__0 )
                    // InternalItup.g:1211:4: rule__Objective__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1215:2: ( ( rule__Objective__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1215:2: ( ( rule__Objective__Group_5_2__0 ) )
                    // InternalItup.g:1216:3: ( rule__Objective__Group_5_2__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_2()); 
                    // InternalItup.g:1217:3: ( rule__Objective__Group_5_2__0 )
                    // InternalItup.g:1217:4: rule__Objective__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1221:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    {
                    // InternalItup.g:1221:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    // InternalItup.g:1222:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 
                    // InternalItup.g:1223:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    // InternalItup.g:1223:4: rule__Objective__OutcomesAssignment_5_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutcomesAssignment_5_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:1227:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    {
                    // InternalItup.g:1227:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    // InternalItup.g:1228:3: ( rule__Objective__OutputsAssignment_5_4 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 
                    // InternalItup.g:1229:3: ( rule__Objective__OutputsAssignment_5_4 )
                    // InternalItup.g:1229:4: rule__Objective__OutputsAssignment_5_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutputsAssignment_5_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5_0_1"
    // InternalItup.g:1237:1: rule__Objective__Alternatives_5_0_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1241:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==13) ) {
                alt11=1;
            }
            else if ( (LA11_0==14) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:1242:2: ( 'goal' )
                    {
                    // InternalItup.g:1242:2: ( 'goal' )
                    // InternalItup.g:1243:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1248:2: ( 'goals' )
                    {
                    // InternalItup.g:1248:2: ( 'goals' )
                    // InternalItup.g:1249:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_0_1"


    // $ANTLR start "rule__Objective__Alternatives_5_1_1"
    // InternalItup.g:1258:1: rule__Objective__Alternatives_5_1_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1262:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==13) ) {
                alt12=1;
            }
            else if ( (LA12_0==14) ) {
                alt12=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }
            switch (alt12) {
                case 1 :
                    // InternalItup.g:1263:2: ( 'goal' )
                    {
                    // InternalItup.g:1263:2: ( 'goal' )
                    // InternalItup.g:1264:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1269:2: ( 'goals' )
                    {
                    // InternalItup.g:1269:2: ( 'goals' )
                    // InternalItup.g:1270:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_1_1"


    // $ANTLR start "rule__Enabler__Alternatives_4_1"
    // InternalItup.g:1279:1: rule__Enabler__Alternatives_4_1 : ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) );
    public final void rule__Enabler__Alternatives_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1283:1: ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==85) ) {
                alt13=1;
            }
            else if ( ((LA13_0>=RULE_INT && LA13_0<=RULE_ID)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:1284:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    {
                    // InternalItup.g:1284:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    // InternalItup.g:1285:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    {
                     before(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 
                    // InternalItup.g:1286:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    // InternalItup.g:1286:4: rule__Enabler__SupportsAllAssignment_4_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__SupportsAllAssignment_4_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1290:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    {
                    // InternalItup.g:1290:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    // InternalItup.g:1291:3: ( rule__Enabler__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 
                    // InternalItup.g:1292:3: ( rule__Enabler__Group_4_1_1__0 )
                    // InternalItup.g:1292:4: rule__Enabler__Group_4_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_4_1"


    // $ANTLR start "rule__Enabler__Alternatives_5"
    // InternalItup.g:1300:1: rule__Enabler__Alternatives_5 : ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) );
    public final void rule__Enabler__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1304:1: ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) )
            int alt14=3;
            switch ( input.LA(1) ) {
            case 55:
                {
                alt14=1;
                }
                break;
            case 75:
                {
                alt14=2;
                }
                break;
            case 76:
                {
                alt14=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }

            switch (alt14) {
                case 1 :
                    // InternalItup.g:1305:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1305:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    // InternalItup.g:1306:3: ( rule__Enabler__Group_5_0__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_0()); 
                    // InternalItup.g:1307:3: ( rule__Enabler__Group_5_0__0 )
                    // InternalItup.g:1307:4: rule__Enabler__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1311:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1311:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    // InternalItup.g:1312:3: ( rule__Enabler__Group_5_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_1()); 
                    // InternalItup.g:1313:3: ( rule__Enabler__Group_5_1__0 )
                    // InternalItup.g:1313:4: rule__Enabler__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1317:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1317:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    // InternalItup.g:1318:3: ( rule__Enabler__Group_5_2__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_2()); 
                    // InternalItup.g:1319:3: ( rule__Enabler__Group_5_2__0 )
                    // InternalItup.g:1319:4: rule__Enabler__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_5"


    // $ANTLR start "rule__Translation__Alternatives_1"
    // InternalItup.g:1327:1: rule__Translation__Alternatives_1 : ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) );
    public final void rule__Translation__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1331:1: ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) )
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_STRING) ) {
                alt15=1;
            }
            else if ( (LA15_0==86) ) {
                alt15=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:1332:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    {
                    // InternalItup.g:1332:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    // InternalItup.g:1333:3: ( rule__Translation__TextAssignment_1_0 )
                    {
                     before(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 
                    // InternalItup.g:1334:3: ( rule__Translation__TextAssignment_1_0 )
                    // InternalItup.g:1334:4: rule__Translation__TextAssignment_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__TextAssignment_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1338:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    {
                    // InternalItup.g:1338:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    // InternalItup.g:1339:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    {
                     before(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 
                    // InternalItup.g:1340:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    // InternalItup.g:1340:4: rule__Translation__UnavailableAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__UnavailableAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Alternatives_1"


    // $ANTLR start "rule__Code__Alternatives_1_0"
    // InternalItup.g:1348:1: rule__Code__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__Code__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1352:1: ( ( '.' ) | ( '-' ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==15) ) {
                alt16=1;
            }
            else if ( (LA16_0==16) ) {
                alt16=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:1353:2: ( '.' )
                    {
                    // InternalItup.g:1353:2: ( '.' )
                    // InternalItup.g:1354:3: '.'
                    {
                     before(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1359:2: ( '-' )
                    {
                    // InternalItup.g:1359:2: ( '-' )
                    // InternalItup.g:1360:3: '-'
                    {
                     before(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Alternatives_1_0"


    // $ANTLR start "rule__CodeSegment__Alternatives"
    // InternalItup.g:1369:1: rule__CodeSegment__Alternatives : ( ( RULE_ID ) | ( RULE_INT ) );
    public final void rule__CodeSegment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1373:1: ( ( RULE_ID ) | ( RULE_INT ) )
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==RULE_ID) ) {
                alt17=1;
            }
            else if ( (LA17_0==RULE_INT) ) {
                alt17=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }
            switch (alt17) {
                case 1 :
                    // InternalItup.g:1374:2: ( RULE_ID )
                    {
                    // InternalItup.g:1374:2: ( RULE_ID )
                    // InternalItup.g:1375:3: RULE_ID
                    {
                     before(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1380:2: ( RULE_INT )
                    {
                    // InternalItup.g:1380:2: ( RULE_INT )
                    // InternalItup.g:1381:3: RULE_INT
                    {
                     before(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CodeSegment__Alternatives"


    // $ANTLR start "rule__PlanName__Alternatives_1_0"
    // InternalItup.g:1390:1: rule__PlanName__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__PlanName__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1394:1: ( ( '.' ) | ( '-' ) )
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==15) ) {
                alt18=1;
            }
            else if ( (LA18_0==16) ) {
                alt18=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }
            switch (alt18) {
                case 1 :
                    // InternalItup.g:1395:2: ( '.' )
                    {
                    // InternalItup.g:1395:2: ( '.' )
                    // InternalItup.g:1396:3: '.'
                    {
                     before(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1401:2: ( '-' )
                    {
                    // InternalItup.g:1401:2: ( '-' )
                    // InternalItup.g:1402:3: '-'
                    {
                     before(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Alternatives_1_0"


    // $ANTLR start "rule__MeasuredTargetKind__Alternatives"
    // InternalItup.g:1411:1: rule__MeasuredTargetKind__Alternatives : ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) );
    public final void rule__MeasuredTargetKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1415:1: ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) )
            int alt19=3;
            switch ( input.LA(1) ) {
            case 17:
                {
                alt19=1;
                }
                break;
            case 18:
                {
                alt19=2;
                }
                break;
            case 19:
                {
                alt19=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }

            switch (alt19) {
                case 1 :
                    // InternalItup.g:1416:2: ( ( 'level' ) )
                    {
                    // InternalItup.g:1416:2: ( ( 'level' ) )
                    // InternalItup.g:1417:3: ( 'level' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1418:3: ( 'level' )
                    // InternalItup.g:1418:4: 'level'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1422:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1422:2: ( ( 'increase' ) )
                    // InternalItup.g:1423:3: ( 'increase' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1424:3: ( 'increase' )
                    // InternalItup.g:1424:4: 'increase'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1428:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1428:2: ( ( 'decrease' ) )
                    // InternalItup.g:1429:3: ( 'decrease' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1430:3: ( 'decrease' )
                    // InternalItup.g:1430:4: 'decrease'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MeasuredTargetKind__Alternatives"


    // $ANTLR start "rule__SectorKind__Alternatives"
    // InternalItup.g:1438:1: rule__SectorKind__Alternatives : ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) );
    public final void rule__SectorKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1442:1: ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) )
            int alt20=3;
            switch ( input.LA(1) ) {
            case 20:
                {
                alt20=1;
                }
                break;
            case 21:
                {
                alt20=2;
                }
                break;
            case 22:
                {
                alt20=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }

            switch (alt20) {
                case 1 :
                    // InternalItup.g:1443:2: ( ( 'sector' ) )
                    {
                    // InternalItup.g:1443:2: ( ( 'sector' ) )
                    // InternalItup.g:1444:3: ( 'sector' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 
                    // InternalItup.g:1445:3: ( 'sector' )
                    // InternalItup.g:1445:4: 'sector'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1449:2: ( ( 'inter-sectoral' ) )
                    {
                    // InternalItup.g:1449:2: ( ( 'inter-sectoral' ) )
                    // InternalItup.g:1450:3: ( 'inter-sectoral' )
                    {
                     before(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1451:3: ( 'inter-sectoral' )
                    // InternalItup.g:1451:4: 'inter-sectoral'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1455:2: ( ( 'secretariat' ) )
                    {
                    // InternalItup.g:1455:2: ( ( 'secretariat' ) )
                    // InternalItup.g:1456:3: ( 'secretariat' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1457:3: ( 'secretariat' )
                    // InternalItup.g:1457:4: 'secretariat'
                    {
                    match(input,22,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SectorKind__Alternatives"


    // $ANTLR start "rule__IndicatorDirection__Alternatives"
    // InternalItup.g:1465:1: rule__IndicatorDirection__Alternatives : ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) );
    public final void rule__IndicatorDirection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1469:1: ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) )
            int alt21=3;
            switch ( input.LA(1) ) {
            case 18:
                {
                alt21=1;
                }
                break;
            case 19:
                {
                alt21=2;
                }
                break;
            case 23:
                {
                alt21=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 21, 0, input);

                throw nvae;
            }

            switch (alt21) {
                case 1 :
                    // InternalItup.g:1470:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1470:2: ( ( 'increase' ) )
                    // InternalItup.g:1471:3: ( 'increase' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1472:3: ( 'increase' )
                    // InternalItup.g:1472:4: 'increase'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1476:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1476:2: ( ( 'decrease' ) )
                    // InternalItup.g:1477:3: ( 'decrease' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1478:3: ( 'decrease' )
                    // InternalItup.g:1478:4: 'decrease'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1482:2: ( ( 'maintain' ) )
                    {
                    // InternalItup.g:1482:2: ( ( 'maintain' ) )
                    // InternalItup.g:1483:3: ( 'maintain' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1484:3: ( 'maintain' )
                    // InternalItup.g:1484:4: 'maintain'
                    {
                    match(input,23,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IndicatorDirection__Alternatives"


    // $ANTLR start "rule__RiskTreatment__Alternatives"
    // InternalItup.g:1492:1: rule__RiskTreatment__Alternatives : ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) );
    public final void rule__RiskTreatment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1496:1: ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) )
            int alt22=4;
            switch ( input.LA(1) ) {
            case 24:
                {
                alt22=1;
                }
                break;
            case 25:
                {
                alt22=2;
                }
                break;
            case 26:
                {
                alt22=3;
                }
                break;
            case 27:
                {
                alt22=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }

            switch (alt22) {
                case 1 :
                    // InternalItup.g:1497:2: ( ( 'avoidance' ) )
                    {
                    // InternalItup.g:1497:2: ( ( 'avoidance' ) )
                    // InternalItup.g:1498:3: ( 'avoidance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1499:3: ( 'avoidance' )
                    // InternalItup.g:1499:4: 'avoidance'
                    {
                    match(input,24,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1503:2: ( ( 'limitation' ) )
                    {
                    // InternalItup.g:1503:2: ( ( 'limitation' ) )
                    // InternalItup.g:1504:3: ( 'limitation' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1505:3: ( 'limitation' )
                    // InternalItup.g:1505:4: 'limitation'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1509:2: ( ( 'transfer' ) )
                    {
                    // InternalItup.g:1509:2: ( ( 'transfer' ) )
                    // InternalItup.g:1510:3: ( 'transfer' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 
                    // InternalItup.g:1511:3: ( 'transfer' )
                    // InternalItup.g:1511:4: 'transfer'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1515:2: ( ( 'acceptance' ) )
                    {
                    // InternalItup.g:1515:2: ( ( 'acceptance' ) )
                    // InternalItup.g:1516:3: ( 'acceptance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1517:3: ( 'acceptance' )
                    // InternalItup.g:1517:4: 'acceptance'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RiskTreatment__Alternatives"


    // $ANTLR start "rule__SwotKind__Alternatives"
    // InternalItup.g:1525:1: rule__SwotKind__Alternatives : ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) );
    public final void rule__SwotKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1529:1: ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) )
            int alt23=4;
            switch ( input.LA(1) ) {
            case 28:
                {
                alt23=1;
                }
                break;
            case 29:
                {
                alt23=2;
                }
                break;
            case 30:
                {
                alt23=3;
                }
                break;
            case 31:
                {
                alt23=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }

            switch (alt23) {
                case 1 :
                    // InternalItup.g:1530:2: ( ( 'strength' ) )
                    {
                    // InternalItup.g:1530:2: ( ( 'strength' ) )
                    // InternalItup.g:1531:3: ( 'strength' )
                    {
                     before(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1532:3: ( 'strength' )
                    // InternalItup.g:1532:4: 'strength'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1536:2: ( ( 'weakness' ) )
                    {
                    // InternalItup.g:1536:2: ( ( 'weakness' ) )
                    // InternalItup.g:1537:3: ( 'weakness' )
                    {
                     before(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1538:3: ( 'weakness' )
                    // InternalItup.g:1538:4: 'weakness'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1542:2: ( ( 'opportunity' ) )
                    {
                    // InternalItup.g:1542:2: ( ( 'opportunity' ) )
                    // InternalItup.g:1543:3: ( 'opportunity' )
                    {
                     before(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1544:3: ( 'opportunity' )
                    // InternalItup.g:1544:4: 'opportunity'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1548:2: ( ( 'threat' ) )
                    {
                    // InternalItup.g:1548:2: ( ( 'threat' ) )
                    // InternalItup.g:1549:3: ( 'threat' )
                    {
                     before(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1550:3: ( 'threat' )
                    // InternalItup.g:1550:4: 'threat'
                    {
                    match(input,31,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotKind__Alternatives"


    // $ANTLR start "rule__Plan__Group__0"
    // InternalItup.g:1558:1: rule__Plan__Group__0 : rule__Plan__Group__0__Impl rule__Plan__Group__1 ;
    public final void rule__Plan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1562:1: ( rule__Plan__Group__0__Impl rule__Plan__Group__1 )
            // InternalItup.g:1563:2: rule__Plan__Group__0__Impl rule__Plan__Group__1
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0"


    // $ANTLR start "rule__Plan__Group__0__Impl"
    // InternalItup.g:1570:1: rule__Plan__Group__0__Impl : ( 'plan' ) ;
    public final void rule__Plan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1574:1: ( ( 'plan' ) )
            // InternalItup.g:1575:1: ( 'plan' )
            {
            // InternalItup.g:1575:1: ( 'plan' )
            // InternalItup.g:1576:2: 'plan'
            {
             before(grammarAccess.getPlanAccess().getPlanKeyword_0()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPlanKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0__Impl"


    // $ANTLR start "rule__Plan__Group__1"
    // InternalItup.g:1585:1: rule__Plan__Group__1 : rule__Plan__Group__1__Impl rule__Plan__Group__2 ;
    public final void rule__Plan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1589:1: ( rule__Plan__Group__1__Impl rule__Plan__Group__2 )
            // InternalItup.g:1590:2: rule__Plan__Group__1__Impl rule__Plan__Group__2
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1"


    // $ANTLR start "rule__Plan__Group__1__Impl"
    // InternalItup.g:1597:1: rule__Plan__Group__1__Impl : ( ( rule__Plan__NameAssignment_1 ) ) ;
    public final void rule__Plan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1601:1: ( ( ( rule__Plan__NameAssignment_1 ) ) )
            // InternalItup.g:1602:1: ( ( rule__Plan__NameAssignment_1 ) )
            {
            // InternalItup.g:1602:1: ( ( rule__Plan__NameAssignment_1 ) )
            // InternalItup.g:1603:2: ( rule__Plan__NameAssignment_1 )
            {
             before(grammarAccess.getPlanAccess().getNameAssignment_1()); 
            // InternalItup.g:1604:2: ( rule__Plan__NameAssignment_1 )
            // InternalItup.g:1604:3: rule__Plan__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1__Impl"


    // $ANTLR start "rule__Plan__Group__2"
    // InternalItup.g:1612:1: rule__Plan__Group__2 : rule__Plan__Group__2__Impl rule__Plan__Group__3 ;
    public final void rule__Plan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1616:1: ( rule__Plan__Group__2__Impl rule__Plan__Group__3 )
            // InternalItup.g:1617:2: rule__Plan__Group__2__Impl rule__Plan__Group__3
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2"


    // $ANTLR start "rule__Plan__Group__2__Impl"
    // InternalItup.g:1624:1: rule__Plan__Group__2__Impl : ( ( rule__Plan__TitleAssignment_2 )? ) ;
    public final void rule__Plan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1628:1: ( ( ( rule__Plan__TitleAssignment_2 )? ) )
            // InternalItup.g:1629:1: ( ( rule__Plan__TitleAssignment_2 )? )
            {
            // InternalItup.g:1629:1: ( ( rule__Plan__TitleAssignment_2 )? )
            // InternalItup.g:1630:2: ( rule__Plan__TitleAssignment_2 )?
            {
             before(grammarAccess.getPlanAccess().getTitleAssignment_2()); 
            // InternalItup.g:1631:2: ( rule__Plan__TitleAssignment_2 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==RULE_STRING) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalItup.g:1631:3: rule__Plan__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2__Impl"


    // $ANTLR start "rule__Plan__Group__3"
    // InternalItup.g:1639:1: rule__Plan__Group__3 : rule__Plan__Group__3__Impl rule__Plan__Group__4 ;
    public final void rule__Plan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1643:1: ( rule__Plan__Group__3__Impl rule__Plan__Group__4 )
            // InternalItup.g:1644:2: rule__Plan__Group__3__Impl rule__Plan__Group__4
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3"


    // $ANTLR start "rule__Plan__Group__3__Impl"
    // InternalItup.g:1651:1: rule__Plan__Group__3__Impl : ( ( rule__Plan__Group_3__0 )? ) ;
    public final void rule__Plan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1655:1: ( ( ( rule__Plan__Group_3__0 )? ) )
            // InternalItup.g:1656:1: ( ( rule__Plan__Group_3__0 )? )
            {
            // InternalItup.g:1656:1: ( ( rule__Plan__Group_3__0 )? )
            // InternalItup.g:1657:2: ( rule__Plan__Group_3__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_3()); 
            // InternalItup.g:1658:2: ( rule__Plan__Group_3__0 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==32) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:1658:3: rule__Plan__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3__Impl"


    // $ANTLR start "rule__Plan__Group__4"
    // InternalItup.g:1666:1: rule__Plan__Group__4 : rule__Plan__Group__4__Impl rule__Plan__Group__5 ;
    public final void rule__Plan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1670:1: ( rule__Plan__Group__4__Impl rule__Plan__Group__5 )
            // InternalItup.g:1671:2: rule__Plan__Group__4__Impl rule__Plan__Group__5
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4"


    // $ANTLR start "rule__Plan__Group__4__Impl"
    // InternalItup.g:1678:1: rule__Plan__Group__4__Impl : ( ( rule__Plan__Group_4__0 )? ) ;
    public final void rule__Plan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1682:1: ( ( ( rule__Plan__Group_4__0 )? ) )
            // InternalItup.g:1683:1: ( ( rule__Plan__Group_4__0 )? )
            {
            // InternalItup.g:1683:1: ( ( rule__Plan__Group_4__0 )? )
            // InternalItup.g:1684:2: ( rule__Plan__Group_4__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_4()); 
            // InternalItup.g:1685:2: ( rule__Plan__Group_4__0 )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==34) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalItup.g:1685:3: rule__Plan__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4__Impl"


    // $ANTLR start "rule__Plan__Group__5"
    // InternalItup.g:1693:1: rule__Plan__Group__5 : rule__Plan__Group__5__Impl rule__Plan__Group__6 ;
    public final void rule__Plan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1697:1: ( rule__Plan__Group__5__Impl rule__Plan__Group__6 )
            // InternalItup.g:1698:2: rule__Plan__Group__5__Impl rule__Plan__Group__6
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5"


    // $ANTLR start "rule__Plan__Group__5__Impl"
    // InternalItup.g:1705:1: rule__Plan__Group__5__Impl : ( ( rule__Plan__ImportsAssignment_5 )* ) ;
    public final void rule__Plan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1709:1: ( ( ( rule__Plan__ImportsAssignment_5 )* ) )
            // InternalItup.g:1710:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            {
            // InternalItup.g:1710:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            // InternalItup.g:1711:2: ( rule__Plan__ImportsAssignment_5 )*
            {
             before(grammarAccess.getPlanAccess().getImportsAssignment_5()); 
            // InternalItup.g:1712:2: ( rule__Plan__ImportsAssignment_5 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( (LA27_0==57) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalItup.g:1712:3: rule__Plan__ImportsAssignment_5
            	    {
            	    pushFollow(FOLLOW_6);
            	    rule__Plan__ImportsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getImportsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5__Impl"


    // $ANTLR start "rule__Plan__Group__6"
    // InternalItup.g:1720:1: rule__Plan__Group__6 : rule__Plan__Group__6__Impl rule__Plan__Group__7 ;
    public final void rule__Plan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1724:1: ( rule__Plan__Group__6__Impl rule__Plan__Group__7 )
            // InternalItup.g:1725:2: rule__Plan__Group__6__Impl rule__Plan__Group__7
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6"


    // $ANTLR start "rule__Plan__Group__6__Impl"
    // InternalItup.g:1732:1: rule__Plan__Group__6__Impl : ( ( rule__Plan__Group_6__0 )? ) ;
    public final void rule__Plan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1736:1: ( ( ( rule__Plan__Group_6__0 )? ) )
            // InternalItup.g:1737:1: ( ( rule__Plan__Group_6__0 )? )
            {
            // InternalItup.g:1737:1: ( ( rule__Plan__Group_6__0 )? )
            // InternalItup.g:1738:2: ( rule__Plan__Group_6__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_6()); 
            // InternalItup.g:1739:2: ( rule__Plan__Group_6__0 )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==36) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalItup.g:1739:3: rule__Plan__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6__Impl"


    // $ANTLR start "rule__Plan__Group__7"
    // InternalItup.g:1747:1: rule__Plan__Group__7 : rule__Plan__Group__7__Impl rule__Plan__Group__8 ;
    public final void rule__Plan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1751:1: ( rule__Plan__Group__7__Impl rule__Plan__Group__8 )
            // InternalItup.g:1752:2: rule__Plan__Group__7__Impl rule__Plan__Group__8
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7"


    // $ANTLR start "rule__Plan__Group__7__Impl"
    // InternalItup.g:1759:1: rule__Plan__Group__7__Impl : ( ( rule__Plan__Group_7__0 )? ) ;
    public final void rule__Plan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1763:1: ( ( ( rule__Plan__Group_7__0 )? ) )
            // InternalItup.g:1764:1: ( ( rule__Plan__Group_7__0 )? )
            {
            // InternalItup.g:1764:1: ( ( rule__Plan__Group_7__0 )? )
            // InternalItup.g:1765:2: ( rule__Plan__Group_7__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_7()); 
            // InternalItup.g:1766:2: ( rule__Plan__Group_7__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==37) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1766:3: rule__Plan__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7__Impl"


    // $ANTLR start "rule__Plan__Group__8"
    // InternalItup.g:1774:1: rule__Plan__Group__8 : rule__Plan__Group__8__Impl rule__Plan__Group__9 ;
    public final void rule__Plan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1778:1: ( rule__Plan__Group__8__Impl rule__Plan__Group__9 )
            // InternalItup.g:1779:2: rule__Plan__Group__8__Impl rule__Plan__Group__9
            {
            pushFollow(FOLLOW_5);
            rule__Plan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8"


    // $ANTLR start "rule__Plan__Group__8__Impl"
    // InternalItup.g:1786:1: rule__Plan__Group__8__Impl : ( ( rule__Plan__Group_8__0 )? ) ;
    public final void rule__Plan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1790:1: ( ( ( rule__Plan__Group_8__0 )? ) )
            // InternalItup.g:1791:1: ( ( rule__Plan__Group_8__0 )? )
            {
            // InternalItup.g:1791:1: ( ( rule__Plan__Group_8__0 )? )
            // InternalItup.g:1792:2: ( rule__Plan__Group_8__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_8()); 
            // InternalItup.g:1793:2: ( rule__Plan__Group_8__0 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==38) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:1793:3: rule__Plan__Group_8__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_8__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8__Impl"


    // $ANTLR start "rule__Plan__Group__9"
    // InternalItup.g:1801:1: rule__Plan__Group__9 : rule__Plan__Group__9__Impl ;
    public final void rule__Plan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1805:1: ( rule__Plan__Group__9__Impl )
            // InternalItup.g:1806:2: rule__Plan__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9"


    // $ANTLR start "rule__Plan__Group__9__Impl"
    // InternalItup.g:1812:1: rule__Plan__Group__9__Impl : ( ( rule__Plan__Alternatives_9 )* ) ;
    public final void rule__Plan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1816:1: ( ( ( rule__Plan__Alternatives_9 )* ) )
            // InternalItup.g:1817:1: ( ( rule__Plan__Alternatives_9 )* )
            {
            // InternalItup.g:1817:1: ( ( rule__Plan__Alternatives_9 )* )
            // InternalItup.g:1818:2: ( rule__Plan__Alternatives_9 )*
            {
             before(grammarAccess.getPlanAccess().getAlternatives_9()); 
            // InternalItup.g:1819:2: ( rule__Plan__Alternatives_9 )*
            loop31:
            do {
                int alt31=2;
                int LA31_0 = input.LA(1);

                if ( (LA31_0==13||(LA31_0>=20 && LA31_0<=22)||LA31_0==40||LA31_0==43||LA31_0==45||LA31_0==58||LA31_0==77||(LA31_0>=80 && LA31_0<=81)) ) {
                    alt31=1;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalItup.g:1819:3: rule__Plan__Alternatives_9
            	    {
            	    pushFollow(FOLLOW_7);
            	    rule__Plan__Alternatives_9();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop31;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getAlternatives_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9__Impl"


    // $ANTLR start "rule__Plan__Group_3__0"
    // InternalItup.g:1828:1: rule__Plan__Group_3__0 : rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 ;
    public final void rule__Plan__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1832:1: ( rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 )
            // InternalItup.g:1833:2: rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1
            {
            pushFollow(FOLLOW_8);
            rule__Plan__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0"


    // $ANTLR start "rule__Plan__Group_3__0__Impl"
    // InternalItup.g:1840:1: rule__Plan__Group_3__0__Impl : ( 'period' ) ;
    public final void rule__Plan__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1844:1: ( ( 'period' ) )
            // InternalItup.g:1845:1: ( 'period' )
            {
            // InternalItup.g:1845:1: ( 'period' )
            // InternalItup.g:1846:2: 'period'
            {
             before(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_3__1"
    // InternalItup.g:1855:1: rule__Plan__Group_3__1 : rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 ;
    public final void rule__Plan__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1859:1: ( rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 )
            // InternalItup.g:1860:2: rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2
            {
            pushFollow(FOLLOW_9);
            rule__Plan__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1"


    // $ANTLR start "rule__Plan__Group_3__1__Impl"
    // InternalItup.g:1867:1: rule__Plan__Group_3__1__Impl : ( ( rule__Plan__StartYearAssignment_3_1 ) ) ;
    public final void rule__Plan__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1871:1: ( ( ( rule__Plan__StartYearAssignment_3_1 ) ) )
            // InternalItup.g:1872:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            {
            // InternalItup.g:1872:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            // InternalItup.g:1873:2: ( rule__Plan__StartYearAssignment_3_1 )
            {
             before(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 
            // InternalItup.g:1874:2: ( rule__Plan__StartYearAssignment_3_1 )
            // InternalItup.g:1874:3: rule__Plan__StartYearAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__StartYearAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_3__2"
    // InternalItup.g:1882:1: rule__Plan__Group_3__2 : rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 ;
    public final void rule__Plan__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1886:1: ( rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 )
            // InternalItup.g:1887:2: rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3
            {
            pushFollow(FOLLOW_8);
            rule__Plan__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2"


    // $ANTLR start "rule__Plan__Group_3__2__Impl"
    // InternalItup.g:1894:1: rule__Plan__Group_3__2__Impl : ( 'to' ) ;
    public final void rule__Plan__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1898:1: ( ( 'to' ) )
            // InternalItup.g:1899:1: ( 'to' )
            {
            // InternalItup.g:1899:1: ( 'to' )
            // InternalItup.g:1900:2: 'to'
            {
             before(grammarAccess.getPlanAccess().getToKeyword_3_2()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getToKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2__Impl"


    // $ANTLR start "rule__Plan__Group_3__3"
    // InternalItup.g:1909:1: rule__Plan__Group_3__3 : rule__Plan__Group_3__3__Impl ;
    public final void rule__Plan__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1913:1: ( rule__Plan__Group_3__3__Impl )
            // InternalItup.g:1914:2: rule__Plan__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3"


    // $ANTLR start "rule__Plan__Group_3__3__Impl"
    // InternalItup.g:1920:1: rule__Plan__Group_3__3__Impl : ( ( rule__Plan__EndYearAssignment_3_3 ) ) ;
    public final void rule__Plan__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1924:1: ( ( ( rule__Plan__EndYearAssignment_3_3 ) ) )
            // InternalItup.g:1925:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            {
            // InternalItup.g:1925:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            // InternalItup.g:1926:2: ( rule__Plan__EndYearAssignment_3_3 )
            {
             before(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 
            // InternalItup.g:1927:2: ( rule__Plan__EndYearAssignment_3_3 )
            // InternalItup.g:1927:3: rule__Plan__EndYearAssignment_3_3
            {
            pushFollow(FOLLOW_2);
            rule__Plan__EndYearAssignment_3_3();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3__Impl"


    // $ANTLR start "rule__Plan__Group_4__0"
    // InternalItup.g:1936:1: rule__Plan__Group_4__0 : rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 ;
    public final void rule__Plan__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1940:1: ( rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 )
            // InternalItup.g:1941:2: rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0"


    // $ANTLR start "rule__Plan__Group_4__0__Impl"
    // InternalItup.g:1948:1: rule__Plan__Group_4__0__Impl : ( 'adopted' ) ;
    public final void rule__Plan__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1952:1: ( ( 'adopted' ) )
            // InternalItup.g:1953:1: ( 'adopted' )
            {
            // InternalItup.g:1953:1: ( 'adopted' )
            // InternalItup.g:1954:2: 'adopted'
            {
             before(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_4__1"
    // InternalItup.g:1963:1: rule__Plan__Group_4__1 : rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 ;
    public final void rule__Plan__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1967:1: ( rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 )
            // InternalItup.g:1968:2: rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1"


    // $ANTLR start "rule__Plan__Group_4__1__Impl"
    // InternalItup.g:1975:1: rule__Plan__Group_4__1__Impl : ( 'by' ) ;
    public final void rule__Plan__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1979:1: ( ( 'by' ) )
            // InternalItup.g:1980:1: ( 'by' )
            {
            // InternalItup.g:1980:1: ( 'by' )
            // InternalItup.g:1981:2: 'by'
            {
             before(grammarAccess.getPlanAccess().getByKeyword_4_1()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getByKeyword_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_4__2"
    // InternalItup.g:1990:1: rule__Plan__Group_4__2 : rule__Plan__Group_4__2__Impl ;
    public final void rule__Plan__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1994:1: ( rule__Plan__Group_4__2__Impl )
            // InternalItup.g:1995:2: rule__Plan__Group_4__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2"


    // $ANTLR start "rule__Plan__Group_4__2__Impl"
    // InternalItup.g:2001:1: rule__Plan__Group_4__2__Impl : ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) ;
    public final void rule__Plan__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2005:1: ( ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) )
            // InternalItup.g:2006:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            {
            // InternalItup.g:2006:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            // InternalItup.g:2007:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            {
             before(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 
            // InternalItup.g:2008:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            // InternalItup.g:2008:3: rule__Plan__AdoptedByAssignment_4_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__AdoptedByAssignment_4_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_6__0"
    // InternalItup.g:2017:1: rule__Plan__Group_6__0 : rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 ;
    public final void rule__Plan__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2021:1: ( rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 )
            // InternalItup.g:2022:2: rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0"


    // $ANTLR start "rule__Plan__Group_6__0__Impl"
    // InternalItup.g:2029:1: rule__Plan__Group_6__0__Impl : ( 'vision' ) ;
    public final void rule__Plan__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2033:1: ( ( 'vision' ) )
            // InternalItup.g:2034:1: ( 'vision' )
            {
            // InternalItup.g:2034:1: ( 'vision' )
            // InternalItup.g:2035:2: 'vision'
            {
             before(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_6__1"
    // InternalItup.g:2044:1: rule__Plan__Group_6__1 : rule__Plan__Group_6__1__Impl ;
    public final void rule__Plan__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2048:1: ( rule__Plan__Group_6__1__Impl )
            // InternalItup.g:2049:2: rule__Plan__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1"


    // $ANTLR start "rule__Plan__Group_6__1__Impl"
    // InternalItup.g:2055:1: rule__Plan__Group_6__1__Impl : ( ( rule__Plan__VisionAssignment_6_1 ) ) ;
    public final void rule__Plan__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2059:1: ( ( ( rule__Plan__VisionAssignment_6_1 ) ) )
            // InternalItup.g:2060:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            {
            // InternalItup.g:2060:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            // InternalItup.g:2061:2: ( rule__Plan__VisionAssignment_6_1 )
            {
             before(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 
            // InternalItup.g:2062:2: ( rule__Plan__VisionAssignment_6_1 )
            // InternalItup.g:2062:3: rule__Plan__VisionAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__VisionAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_7__0"
    // InternalItup.g:2071:1: rule__Plan__Group_7__0 : rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 ;
    public final void rule__Plan__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2075:1: ( rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 )
            // InternalItup.g:2076:2: rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0"


    // $ANTLR start "rule__Plan__Group_7__0__Impl"
    // InternalItup.g:2083:1: rule__Plan__Group_7__0__Impl : ( 'mission' ) ;
    public final void rule__Plan__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2087:1: ( ( 'mission' ) )
            // InternalItup.g:2088:1: ( 'mission' )
            {
            // InternalItup.g:2088:1: ( 'mission' )
            // InternalItup.g:2089:2: 'mission'
            {
             before(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0__Impl"


    // $ANTLR start "rule__Plan__Group_7__1"
    // InternalItup.g:2098:1: rule__Plan__Group_7__1 : rule__Plan__Group_7__1__Impl ;
    public final void rule__Plan__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2102:1: ( rule__Plan__Group_7__1__Impl )
            // InternalItup.g:2103:2: rule__Plan__Group_7__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1"


    // $ANTLR start "rule__Plan__Group_7__1__Impl"
    // InternalItup.g:2109:1: rule__Plan__Group_7__1__Impl : ( ( rule__Plan__MissionAssignment_7_1 ) ) ;
    public final void rule__Plan__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2113:1: ( ( ( rule__Plan__MissionAssignment_7_1 ) ) )
            // InternalItup.g:2114:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            {
            // InternalItup.g:2114:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            // InternalItup.g:2115:2: ( rule__Plan__MissionAssignment_7_1 )
            {
             before(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 
            // InternalItup.g:2116:2: ( rule__Plan__MissionAssignment_7_1 )
            // InternalItup.g:2116:3: rule__Plan__MissionAssignment_7_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__MissionAssignment_7_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__0"
    // InternalItup.g:2125:1: rule__Plan__Group_8__0 : rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 ;
    public final void rule__Plan__Group_8__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2129:1: ( rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 )
            // InternalItup.g:2130:2: rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_8__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0"


    // $ANTLR start "rule__Plan__Group_8__0__Impl"
    // InternalItup.g:2137:1: rule__Plan__Group_8__0__Impl : ( 'sectors' ) ;
    public final void rule__Plan__Group_8__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2141:1: ( ( 'sectors' ) )
            // InternalItup.g:2142:1: ( 'sectors' )
            {
            // InternalItup.g:2142:1: ( 'sectors' )
            // InternalItup.g:2143:2: 'sectors'
            {
             before(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 
            match(input,38,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0__Impl"


    // $ANTLR start "rule__Plan__Group_8__1"
    // InternalItup.g:2152:1: rule__Plan__Group_8__1 : rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 ;
    public final void rule__Plan__Group_8__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2156:1: ( rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 )
            // InternalItup.g:2157:2: rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2
            {
            pushFollow(FOLLOW_13);
            rule__Plan__Group_8__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1"


    // $ANTLR start "rule__Plan__Group_8__1__Impl"
    // InternalItup.g:2164:1: rule__Plan__Group_8__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) ;
    public final void rule__Plan__Group_8__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2168:1: ( ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) )
            // InternalItup.g:2169:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            {
            // InternalItup.g:2169:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            // InternalItup.g:2170:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 
            // InternalItup.g:2171:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            // InternalItup.g:2171:3: rule__Plan__SectorOrderAssignment_8_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__2"
    // InternalItup.g:2179:1: rule__Plan__Group_8__2 : rule__Plan__Group_8__2__Impl ;
    public final void rule__Plan__Group_8__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2183:1: ( rule__Plan__Group_8__2__Impl )
            // InternalItup.g:2184:2: rule__Plan__Group_8__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2"


    // $ANTLR start "rule__Plan__Group_8__2__Impl"
    // InternalItup.g:2190:1: rule__Plan__Group_8__2__Impl : ( ( rule__Plan__Group_8_2__0 )* ) ;
    public final void rule__Plan__Group_8__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2194:1: ( ( ( rule__Plan__Group_8_2__0 )* ) )
            // InternalItup.g:2195:1: ( ( rule__Plan__Group_8_2__0 )* )
            {
            // InternalItup.g:2195:1: ( ( rule__Plan__Group_8_2__0 )* )
            // InternalItup.g:2196:2: ( rule__Plan__Group_8_2__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_8_2()); 
            // InternalItup.g:2197:2: ( rule__Plan__Group_8_2__0 )*
            loop32:
            do {
                int alt32=2;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==39) ) {
                    alt32=1;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalItup.g:2197:3: rule__Plan__Group_8_2__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Plan__Group_8_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_8_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__0"
    // InternalItup.g:2206:1: rule__Plan__Group_8_2__0 : rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 ;
    public final void rule__Plan__Group_8_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2210:1: ( rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 )
            // InternalItup.g:2211:2: rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_8_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0"


    // $ANTLR start "rule__Plan__Group_8_2__0__Impl"
    // InternalItup.g:2218:1: rule__Plan__Group_8_2__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_8_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2222:1: ( ( ',' ) )
            // InternalItup.g:2223:1: ( ',' )
            {
            // InternalItup.g:2223:1: ( ',' )
            // InternalItup.g:2224:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__1"
    // InternalItup.g:2233:1: rule__Plan__Group_8_2__1 : rule__Plan__Group_8_2__1__Impl ;
    public final void rule__Plan__Group_8_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2237:1: ( rule__Plan__Group_8_2__1__Impl )
            // InternalItup.g:2238:2: rule__Plan__Group_8_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1"


    // $ANTLR start "rule__Plan__Group_8_2__1__Impl"
    // InternalItup.g:2244:1: rule__Plan__Group_8_2__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) ;
    public final void rule__Plan__Group_8_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2248:1: ( ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) )
            // InternalItup.g:2249:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            {
            // InternalItup.g:2249:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            // InternalItup.g:2250:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 
            // InternalItup.g:2251:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            // InternalItup.g:2251:3: rule__Plan__SectorOrderAssignment_8_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__0"
    // InternalItup.g:2260:1: rule__Plan__Group_9_4__0 : rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 ;
    public final void rule__Plan__Group_9_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2264:1: ( rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 )
            // InternalItup.g:2265:2: rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0"


    // $ANTLR start "rule__Plan__Group_9_4__0__Impl"
    // InternalItup.g:2272:1: rule__Plan__Group_9_4__0__Impl : ( 'swot' ) ;
    public final void rule__Plan__Group_9_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2276:1: ( ( 'swot' ) )
            // InternalItup.g:2277:1: ( 'swot' )
            {
            // InternalItup.g:2277:1: ( 'swot' )
            // InternalItup.g:2278:2: 'swot'
            {
             before(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 
            match(input,40,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__1"
    // InternalItup.g:2287:1: rule__Plan__Group_9_4__1 : rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 ;
    public final void rule__Plan__Group_9_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2291:1: ( rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 )
            // InternalItup.g:2292:2: rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2
            {
            pushFollow(FOLLOW_16);
            rule__Plan__Group_9_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1"


    // $ANTLR start "rule__Plan__Group_9_4__1__Impl"
    // InternalItup.g:2299:1: rule__Plan__Group_9_4__1__Impl : ( '{' ) ;
    public final void rule__Plan__Group_9_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2303:1: ( ( '{' ) )
            // InternalItup.g:2304:1: ( '{' )
            {
            // InternalItup.g:2304:1: ( '{' )
            // InternalItup.g:2305:2: '{'
            {
             before(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__2"
    // InternalItup.g:2314:1: rule__Plan__Group_9_4__2 : rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 ;
    public final void rule__Plan__Group_9_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2318:1: ( rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 )
            // InternalItup.g:2319:2: rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3
            {
            pushFollow(FOLLOW_16);
            rule__Plan__Group_9_4__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2"


    // $ANTLR start "rule__Plan__Group_9_4__2__Impl"
    // InternalItup.g:2326:1: rule__Plan__Group_9_4__2__Impl : ( ( rule__Plan__SwotAssignment_9_4_2 )* ) ;
    public final void rule__Plan__Group_9_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2330:1: ( ( ( rule__Plan__SwotAssignment_9_4_2 )* ) )
            // InternalItup.g:2331:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            {
            // InternalItup.g:2331:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            // InternalItup.g:2332:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            {
             before(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 
            // InternalItup.g:2333:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            loop33:
            do {
                int alt33=2;
                int LA33_0 = input.LA(1);

                if ( ((LA33_0>=28 && LA33_0<=31)) ) {
                    alt33=1;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalItup.g:2333:3: rule__Plan__SwotAssignment_9_4_2
            	    {
            	    pushFollow(FOLLOW_17);
            	    rule__Plan__SwotAssignment_9_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop33;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__3"
    // InternalItup.g:2341:1: rule__Plan__Group_9_4__3 : rule__Plan__Group_9_4__3__Impl ;
    public final void rule__Plan__Group_9_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2345:1: ( rule__Plan__Group_9_4__3__Impl )
            // InternalItup.g:2346:2: rule__Plan__Group_9_4__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3"


    // $ANTLR start "rule__Plan__Group_9_4__3__Impl"
    // InternalItup.g:2352:1: rule__Plan__Group_9_4__3__Impl : ( '}' ) ;
    public final void rule__Plan__Group_9_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2356:1: ( ( '}' ) )
            // InternalItup.g:2357:1: ( '}' )
            {
            // InternalItup.g:2357:1: ( '}' )
            // InternalItup.g:2358:2: '}'
            {
             before(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__0"
    // InternalItup.g:2368:1: rule__Plan__Group_9_5__0 : rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 ;
    public final void rule__Plan__Group_9_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2372:1: ( rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 )
            // InternalItup.g:2373:2: rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1
            {
            pushFollow(FOLLOW_18);
            rule__Plan__Group_9_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0"


    // $ANTLR start "rule__Plan__Group_9_5__0__Impl"
    // InternalItup.g:2380:1: rule__Plan__Group_9_5__0__Impl : ( 'wsis' ) ;
    public final void rule__Plan__Group_9_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2384:1: ( ( 'wsis' ) )
            // InternalItup.g:2385:1: ( 'wsis' )
            {
            // InternalItup.g:2385:1: ( 'wsis' )
            // InternalItup.g:2386:2: 'wsis'
            {
             before(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__1"
    // InternalItup.g:2395:1: rule__Plan__Group_9_5__1 : rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 ;
    public final void rule__Plan__Group_9_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2399:1: ( rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 )
            // InternalItup.g:2400:2: rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_5__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1"


    // $ANTLR start "rule__Plan__Group_9_5__1__Impl"
    // InternalItup.g:2407:1: rule__Plan__Group_9_5__1__Impl : ( 'facilitator' ) ;
    public final void rule__Plan__Group_9_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2411:1: ( ( 'facilitator' ) )
            // InternalItup.g:2412:1: ( 'facilitator' )
            {
            // InternalItup.g:2412:1: ( 'facilitator' )
            // InternalItup.g:2413:2: 'facilitator'
            {
             before(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__2"
    // InternalItup.g:2422:1: rule__Plan__Group_9_5__2 : rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 ;
    public final void rule__Plan__Group_9_5__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2426:1: ( rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 )
            // InternalItup.g:2427:2: rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3
            {
            pushFollow(FOLLOW_13);
            rule__Plan__Group_9_5__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2"


    // $ANTLR start "rule__Plan__Group_9_5__2__Impl"
    // InternalItup.g:2434:1: rule__Plan__Group_9_5__2__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) ;
    public final void rule__Plan__Group_9_5__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2438:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) )
            // InternalItup.g:2439:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            {
            // InternalItup.g:2439:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            // InternalItup.g:2440:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 
            // InternalItup.g:2441:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            // InternalItup.g:2441:3: rule__Plan__WsisActionLinesAssignment_9_5_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__3"
    // InternalItup.g:2449:1: rule__Plan__Group_9_5__3 : rule__Plan__Group_9_5__3__Impl ;
    public final void rule__Plan__Group_9_5__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2453:1: ( rule__Plan__Group_9_5__3__Impl )
            // InternalItup.g:2454:2: rule__Plan__Group_9_5__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3"


    // $ANTLR start "rule__Plan__Group_9_5__3__Impl"
    // InternalItup.g:2460:1: rule__Plan__Group_9_5__3__Impl : ( ( rule__Plan__Group_9_5_3__0 )* ) ;
    public final void rule__Plan__Group_9_5__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2464:1: ( ( ( rule__Plan__Group_9_5_3__0 )* ) )
            // InternalItup.g:2465:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            {
            // InternalItup.g:2465:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            // InternalItup.g:2466:2: ( rule__Plan__Group_9_5_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_5_3()); 
            // InternalItup.g:2467:2: ( rule__Plan__Group_9_5_3__0 )*
            loop34:
            do {
                int alt34=2;
                int LA34_0 = input.LA(1);

                if ( (LA34_0==39) ) {
                    alt34=1;
                }


                switch (alt34) {
            	case 1 :
            	    // InternalItup.g:2467:3: rule__Plan__Group_9_5_3__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Plan__Group_9_5_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop34;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_5_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__0"
    // InternalItup.g:2476:1: rule__Plan__Group_9_5_3__0 : rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 ;
    public final void rule__Plan__Group_9_5_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2480:1: ( rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 )
            // InternalItup.g:2481:2: rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_5_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0"


    // $ANTLR start "rule__Plan__Group_9_5_3__0__Impl"
    // InternalItup.g:2488:1: rule__Plan__Group_9_5_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_5_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2492:1: ( ( ',' ) )
            // InternalItup.g:2493:1: ( ',' )
            {
            // InternalItup.g:2493:1: ( ',' )
            // InternalItup.g:2494:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__1"
    // InternalItup.g:2503:1: rule__Plan__Group_9_5_3__1 : rule__Plan__Group_9_5_3__1__Impl ;
    public final void rule__Plan__Group_9_5_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2507:1: ( rule__Plan__Group_9_5_3__1__Impl )
            // InternalItup.g:2508:2: rule__Plan__Group_9_5_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1"


    // $ANTLR start "rule__Plan__Group_9_5_3__1__Impl"
    // InternalItup.g:2514:1: rule__Plan__Group_9_5_3__1__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) ;
    public final void rule__Plan__Group_9_5_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2518:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) )
            // InternalItup.g:2519:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            {
            // InternalItup.g:2519:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            // InternalItup.g:2520:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 
            // InternalItup.g:2521:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            // InternalItup.g:2521:3: rule__Plan__WsisActionLinesAssignment_9_5_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__0"
    // InternalItup.g:2530:1: rule__Plan__Group_9_6__0 : rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 ;
    public final void rule__Plan__Group_9_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2534:1: ( rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 )
            // InternalItup.g:2535:2: rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1
            {
            pushFollow(FOLLOW_19);
            rule__Plan__Group_9_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0"


    // $ANTLR start "rule__Plan__Group_9_6__0__Impl"
    // InternalItup.g:2542:1: rule__Plan__Group_9_6__0__Impl : ( 'sdg' ) ;
    public final void rule__Plan__Group_9_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2546:1: ( ( 'sdg' ) )
            // InternalItup.g:2547:1: ( 'sdg' )
            {
            // InternalItup.g:2547:1: ( 'sdg' )
            // InternalItup.g:2548:2: 'sdg'
            {
             before(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__1"
    // InternalItup.g:2557:1: rule__Plan__Group_9_6__1 : rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 ;
    public final void rule__Plan__Group_9_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2561:1: ( rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 )
            // InternalItup.g:2562:2: rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_6__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1"


    // $ANTLR start "rule__Plan__Group_9_6__1__Impl"
    // InternalItup.g:2569:1: rule__Plan__Group_9_6__1__Impl : ( 'custodian' ) ;
    public final void rule__Plan__Group_9_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2573:1: ( ( 'custodian' ) )
            // InternalItup.g:2574:1: ( 'custodian' )
            {
            // InternalItup.g:2574:1: ( 'custodian' )
            // InternalItup.g:2575:2: 'custodian'
            {
             before(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__2"
    // InternalItup.g:2584:1: rule__Plan__Group_9_6__2 : rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 ;
    public final void rule__Plan__Group_9_6__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2588:1: ( rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 )
            // InternalItup.g:2589:2: rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3
            {
            pushFollow(FOLLOW_13);
            rule__Plan__Group_9_6__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2"


    // $ANTLR start "rule__Plan__Group_9_6__2__Impl"
    // InternalItup.g:2596:1: rule__Plan__Group_9_6__2__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) ;
    public final void rule__Plan__Group_9_6__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2600:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) )
            // InternalItup.g:2601:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            {
            // InternalItup.g:2601:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            // InternalItup.g:2602:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 
            // InternalItup.g:2603:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            // InternalItup.g:2603:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__3"
    // InternalItup.g:2611:1: rule__Plan__Group_9_6__3 : rule__Plan__Group_9_6__3__Impl ;
    public final void rule__Plan__Group_9_6__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2615:1: ( rule__Plan__Group_9_6__3__Impl )
            // InternalItup.g:2616:2: rule__Plan__Group_9_6__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3"


    // $ANTLR start "rule__Plan__Group_9_6__3__Impl"
    // InternalItup.g:2622:1: rule__Plan__Group_9_6__3__Impl : ( ( rule__Plan__Group_9_6_3__0 )* ) ;
    public final void rule__Plan__Group_9_6__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2626:1: ( ( ( rule__Plan__Group_9_6_3__0 )* ) )
            // InternalItup.g:2627:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            {
            // InternalItup.g:2627:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            // InternalItup.g:2628:2: ( rule__Plan__Group_9_6_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_6_3()); 
            // InternalItup.g:2629:2: ( rule__Plan__Group_9_6_3__0 )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( (LA35_0==39) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalItup.g:2629:3: rule__Plan__Group_9_6_3__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Plan__Group_9_6_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_6_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__0"
    // InternalItup.g:2638:1: rule__Plan__Group_9_6_3__0 : rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 ;
    public final void rule__Plan__Group_9_6_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2642:1: ( rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 )
            // InternalItup.g:2643:2: rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_6_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0"


    // $ANTLR start "rule__Plan__Group_9_6_3__0__Impl"
    // InternalItup.g:2650:1: rule__Plan__Group_9_6_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_6_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2654:1: ( ( ',' ) )
            // InternalItup.g:2655:1: ( ',' )
            {
            // InternalItup.g:2655:1: ( ',' )
            // InternalItup.g:2656:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__1"
    // InternalItup.g:2665:1: rule__Plan__Group_9_6_3__1 : rule__Plan__Group_9_6_3__1__Impl ;
    public final void rule__Plan__Group_9_6_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2669:1: ( rule__Plan__Group_9_6_3__1__Impl )
            // InternalItup.g:2670:2: rule__Plan__Group_9_6_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1"


    // $ANTLR start "rule__Plan__Group_9_6_3__1__Impl"
    // InternalItup.g:2676:1: rule__Plan__Group_9_6_3__1__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) ;
    public final void rule__Plan__Group_9_6_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2680:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) )
            // InternalItup.g:2681:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            {
            // InternalItup.g:2681:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            // InternalItup.g:2682:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 
            // InternalItup.g:2683:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            // InternalItup.g:2683:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__0"
    // InternalItup.g:2692:1: rule__OperationalPlan__Group__0 : rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1 ;
    public final void rule__OperationalPlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2696:1: ( rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1 )
            // InternalItup.g:2697:2: rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1
            {
            pushFollow(FOLLOW_20);
            rule__OperationalPlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__0"


    // $ANTLR start "rule__OperationalPlan__Group__0__Impl"
    // InternalItup.g:2704:1: rule__OperationalPlan__Group__0__Impl : ( 'operational' ) ;
    public final void rule__OperationalPlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2708:1: ( ( 'operational' ) )
            // InternalItup.g:2709:1: ( 'operational' )
            {
            // InternalItup.g:2709:1: ( 'operational' )
            // InternalItup.g:2710:2: 'operational'
            {
             before(grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__0__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__1"
    // InternalItup.g:2719:1: rule__OperationalPlan__Group__1 : rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2 ;
    public final void rule__OperationalPlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2723:1: ( rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2 )
            // InternalItup.g:2724:2: rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2
            {
            pushFollow(FOLLOW_4);
            rule__OperationalPlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__1"


    // $ANTLR start "rule__OperationalPlan__Group__1__Impl"
    // InternalItup.g:2731:1: rule__OperationalPlan__Group__1__Impl : ( 'plan' ) ;
    public final void rule__OperationalPlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2735:1: ( ( 'plan' ) )
            // InternalItup.g:2736:1: ( 'plan' )
            {
            // InternalItup.g:2736:1: ( 'plan' )
            // InternalItup.g:2737:2: 'plan'
            {
             before(grammarAccess.getOperationalPlanAccess().getPlanKeyword_1()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getPlanKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__1__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__2"
    // InternalItup.g:2746:1: rule__OperationalPlan__Group__2 : rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3 ;
    public final void rule__OperationalPlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2750:1: ( rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3 )
            // InternalItup.g:2751:2: rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3
            {
            pushFollow(FOLLOW_21);
            rule__OperationalPlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__2"


    // $ANTLR start "rule__OperationalPlan__Group__2__Impl"
    // InternalItup.g:2758:1: rule__OperationalPlan__Group__2__Impl : ( ( rule__OperationalPlan__NameAssignment_2 ) ) ;
    public final void rule__OperationalPlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2762:1: ( ( ( rule__OperationalPlan__NameAssignment_2 ) ) )
            // InternalItup.g:2763:1: ( ( rule__OperationalPlan__NameAssignment_2 ) )
            {
            // InternalItup.g:2763:1: ( ( rule__OperationalPlan__NameAssignment_2 ) )
            // InternalItup.g:2764:2: ( rule__OperationalPlan__NameAssignment_2 )
            {
             before(grammarAccess.getOperationalPlanAccess().getNameAssignment_2()); 
            // InternalItup.g:2765:2: ( rule__OperationalPlan__NameAssignment_2 )
            // InternalItup.g:2765:3: rule__OperationalPlan__NameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__NameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__2__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__3"
    // InternalItup.g:2773:1: rule__OperationalPlan__Group__3 : rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4 ;
    public final void rule__OperationalPlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2777:1: ( rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4 )
            // InternalItup.g:2778:2: rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4
            {
            pushFollow(FOLLOW_12);
            rule__OperationalPlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__3"


    // $ANTLR start "rule__OperationalPlan__Group__3__Impl"
    // InternalItup.g:2785:1: rule__OperationalPlan__Group__3__Impl : ( 'for' ) ;
    public final void rule__OperationalPlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2789:1: ( ( 'for' ) )
            // InternalItup.g:2790:1: ( 'for' )
            {
            // InternalItup.g:2790:1: ( 'for' )
            // InternalItup.g:2791:2: 'for'
            {
             before(grammarAccess.getOperationalPlanAccess().getForKeyword_3()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getForKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__3__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__4"
    // InternalItup.g:2800:1: rule__OperationalPlan__Group__4 : rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5 ;
    public final void rule__OperationalPlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2804:1: ( rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5 )
            // InternalItup.g:2805:2: rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5
            {
            pushFollow(FOLLOW_22);
            rule__OperationalPlan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__4"


    // $ANTLR start "rule__OperationalPlan__Group__4__Impl"
    // InternalItup.g:2812:1: rule__OperationalPlan__Group__4__Impl : ( ( rule__OperationalPlan__SectorAssignment_4 ) ) ;
    public final void rule__OperationalPlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2816:1: ( ( ( rule__OperationalPlan__SectorAssignment_4 ) ) )
            // InternalItup.g:2817:1: ( ( rule__OperationalPlan__SectorAssignment_4 ) )
            {
            // InternalItup.g:2817:1: ( ( rule__OperationalPlan__SectorAssignment_4 ) )
            // InternalItup.g:2818:2: ( rule__OperationalPlan__SectorAssignment_4 )
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorAssignment_4()); 
            // InternalItup.g:2819:2: ( rule__OperationalPlan__SectorAssignment_4 )
            // InternalItup.g:2819:3: rule__OperationalPlan__SectorAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__SectorAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getSectorAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__4__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__5"
    // InternalItup.g:2827:1: rule__OperationalPlan__Group__5 : rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6 ;
    public final void rule__OperationalPlan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2831:1: ( rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6 )
            // InternalItup.g:2832:2: rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6
            {
            pushFollow(FOLLOW_8);
            rule__OperationalPlan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__5"


    // $ANTLR start "rule__OperationalPlan__Group__5__Impl"
    // InternalItup.g:2839:1: rule__OperationalPlan__Group__5__Impl : ( 'year' ) ;
    public final void rule__OperationalPlan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2843:1: ( ( 'year' ) )
            // InternalItup.g:2844:1: ( 'year' )
            {
            // InternalItup.g:2844:1: ( 'year' )
            // InternalItup.g:2845:2: 'year'
            {
             before(grammarAccess.getOperationalPlanAccess().getYearKeyword_5()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getYearKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__5__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__6"
    // InternalItup.g:2854:1: rule__OperationalPlan__Group__6 : rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7 ;
    public final void rule__OperationalPlan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2858:1: ( rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7 )
            // InternalItup.g:2859:2: rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7
            {
            pushFollow(FOLLOW_23);
            rule__OperationalPlan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__6"


    // $ANTLR start "rule__OperationalPlan__Group__6__Impl"
    // InternalItup.g:2866:1: rule__OperationalPlan__Group__6__Impl : ( ( rule__OperationalPlan__YearAssignment_6 ) ) ;
    public final void rule__OperationalPlan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2870:1: ( ( ( rule__OperationalPlan__YearAssignment_6 ) ) )
            // InternalItup.g:2871:1: ( ( rule__OperationalPlan__YearAssignment_6 ) )
            {
            // InternalItup.g:2871:1: ( ( rule__OperationalPlan__YearAssignment_6 ) )
            // InternalItup.g:2872:2: ( rule__OperationalPlan__YearAssignment_6 )
            {
             before(grammarAccess.getOperationalPlanAccess().getYearAssignment_6()); 
            // InternalItup.g:2873:2: ( rule__OperationalPlan__YearAssignment_6 )
            // InternalItup.g:2873:3: rule__OperationalPlan__YearAssignment_6
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__YearAssignment_6();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getYearAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__6__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__7"
    // InternalItup.g:2881:1: rule__OperationalPlan__Group__7 : rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8 ;
    public final void rule__OperationalPlan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2885:1: ( rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8 )
            // InternalItup.g:2886:2: rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8
            {
            pushFollow(FOLLOW_4);
            rule__OperationalPlan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__7"


    // $ANTLR start "rule__OperationalPlan__Group__7__Impl"
    // InternalItup.g:2893:1: rule__OperationalPlan__Group__7__Impl : ( 'implements' ) ;
    public final void rule__OperationalPlan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2897:1: ( ( 'implements' ) )
            // InternalItup.g:2898:1: ( 'implements' )
            {
            // InternalItup.g:2898:1: ( 'implements' )
            // InternalItup.g:2899:2: 'implements'
            {
             before(grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__7__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__8"
    // InternalItup.g:2908:1: rule__OperationalPlan__Group__8 : rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9 ;
    public final void rule__OperationalPlan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2912:1: ( rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9 )
            // InternalItup.g:2913:2: rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9
            {
            pushFollow(FOLLOW_24);
            rule__OperationalPlan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__8"


    // $ANTLR start "rule__OperationalPlan__Group__8__Impl"
    // InternalItup.g:2920:1: rule__OperationalPlan__Group__8__Impl : ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) ) ;
    public final void rule__OperationalPlan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2924:1: ( ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) ) )
            // InternalItup.g:2925:1: ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) )
            {
            // InternalItup.g:2925:1: ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) )
            // InternalItup.g:2926:2: ( rule__OperationalPlan__StrategicPlanAssignment_8 )
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanAssignment_8()); 
            // InternalItup.g:2927:2: ( rule__OperationalPlan__StrategicPlanAssignment_8 )
            // InternalItup.g:2927:3: rule__OperationalPlan__StrategicPlanAssignment_8
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__StrategicPlanAssignment_8();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanAssignment_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__8__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__9"
    // InternalItup.g:2935:1: rule__OperationalPlan__Group__9 : rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10 ;
    public final void rule__OperationalPlan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2939:1: ( rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10 )
            // InternalItup.g:2940:2: rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10
            {
            pushFollow(FOLLOW_24);
            rule__OperationalPlan__Group__9__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__10();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__9"


    // $ANTLR start "rule__OperationalPlan__Group__9__Impl"
    // InternalItup.g:2947:1: rule__OperationalPlan__Group__9__Impl : ( ( rule__OperationalPlan__Group_9__0 )? ) ;
    public final void rule__OperationalPlan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2951:1: ( ( ( rule__OperationalPlan__Group_9__0 )? ) )
            // InternalItup.g:2952:1: ( ( rule__OperationalPlan__Group_9__0 )? )
            {
            // InternalItup.g:2952:1: ( ( rule__OperationalPlan__Group_9__0 )? )
            // InternalItup.g:2953:2: ( rule__OperationalPlan__Group_9__0 )?
            {
             before(grammarAccess.getOperationalPlanAccess().getGroup_9()); 
            // InternalItup.g:2954:2: ( rule__OperationalPlan__Group_9__0 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==51) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalItup.g:2954:3: rule__OperationalPlan__Group_9__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OperationalPlan__Group_9__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOperationalPlanAccess().getGroup_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__9__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__10"
    // InternalItup.g:2962:1: rule__OperationalPlan__Group__10 : rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11 ;
    public final void rule__OperationalPlan__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2966:1: ( rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11 )
            // InternalItup.g:2967:2: rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11
            {
            pushFollow(FOLLOW_24);
            rule__OperationalPlan__Group__10__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__11();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__10"


    // $ANTLR start "rule__OperationalPlan__Group__10__Impl"
    // InternalItup.g:2974:1: rule__OperationalPlan__Group__10__Impl : ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* ) ;
    public final void rule__OperationalPlan__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2978:1: ( ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* ) )
            // InternalItup.g:2979:1: ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* )
            {
            // InternalItup.g:2979:1: ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* )
            // InternalItup.g:2980:2: ( rule__OperationalPlan__ObjectivesAssignment_10 )*
            {
             before(grammarAccess.getOperationalPlanAccess().getObjectivesAssignment_10()); 
            // InternalItup.g:2981:2: ( rule__OperationalPlan__ObjectivesAssignment_10 )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==52) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalItup.g:2981:3: rule__OperationalPlan__ObjectivesAssignment_10
            	    {
            	    pushFollow(FOLLOW_25);
            	    rule__OperationalPlan__ObjectivesAssignment_10();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);

             after(grammarAccess.getOperationalPlanAccess().getObjectivesAssignment_10()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__10__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__11"
    // InternalItup.g:2989:1: rule__OperationalPlan__Group__11 : rule__OperationalPlan__Group__11__Impl ;
    public final void rule__OperationalPlan__Group__11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2993:1: ( rule__OperationalPlan__Group__11__Impl )
            // InternalItup.g:2994:2: rule__OperationalPlan__Group__11__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__11__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__11"


    // $ANTLR start "rule__OperationalPlan__Group__11__Impl"
    // InternalItup.g:3000:1: rule__OperationalPlan__Group__11__Impl : ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* ) ;
    public final void rule__OperationalPlan__Group__11__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3004:1: ( ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* ) )
            // InternalItup.g:3005:1: ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* )
            {
            // InternalItup.g:3005:1: ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* )
            // InternalItup.g:3006:2: ( rule__OperationalPlan__RetiredOutputsAssignment_11 )*
            {
             before(grammarAccess.getOperationalPlanAccess().getRetiredOutputsAssignment_11()); 
            // InternalItup.g:3007:2: ( rule__OperationalPlan__RetiredOutputsAssignment_11 )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==54) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalItup.g:3007:3: rule__OperationalPlan__RetiredOutputsAssignment_11
            	    {
            	    pushFollow(FOLLOW_26);
            	    rule__OperationalPlan__RetiredOutputsAssignment_11();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

             after(grammarAccess.getOperationalPlanAccess().getRetiredOutputsAssignment_11()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__11__Impl"


    // $ANTLR start "rule__OperationalPlan__Group_9__0"
    // InternalItup.g:3016:1: rule__OperationalPlan__Group_9__0 : rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1 ;
    public final void rule__OperationalPlan__Group_9__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3020:1: ( rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1 )
            // InternalItup.g:3021:2: rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1
            {
            pushFollow(FOLLOW_11);
            rule__OperationalPlan__Group_9__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group_9__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__0"


    // $ANTLR start "rule__OperationalPlan__Group_9__0__Impl"
    // InternalItup.g:3028:1: rule__OperationalPlan__Group_9__0__Impl : ( 'responsible' ) ;
    public final void rule__OperationalPlan__Group_9__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3032:1: ( ( 'responsible' ) )
            // InternalItup.g:3033:1: ( 'responsible' )
            {
            // InternalItup.g:3033:1: ( 'responsible' )
            // InternalItup.g:3034:2: 'responsible'
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__0__Impl"


    // $ANTLR start "rule__OperationalPlan__Group_9__1"
    // InternalItup.g:3043:1: rule__OperationalPlan__Group_9__1 : rule__OperationalPlan__Group_9__1__Impl ;
    public final void rule__OperationalPlan__Group_9__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3047:1: ( rule__OperationalPlan__Group_9__1__Impl )
            // InternalItup.g:3048:2: rule__OperationalPlan__Group_9__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group_9__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__1"


    // $ANTLR start "rule__OperationalPlan__Group_9__1__Impl"
    // InternalItup.g:3054:1: rule__OperationalPlan__Group_9__1__Impl : ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) ) ;
    public final void rule__OperationalPlan__Group_9__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3058:1: ( ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) ) )
            // InternalItup.g:3059:1: ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) )
            {
            // InternalItup.g:3059:1: ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) )
            // InternalItup.g:3060:2: ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 )
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleUnitAssignment_9_1()); 
            // InternalItup.g:3061:2: ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 )
            // InternalItup.g:3061:3: rule__OperationalPlan__ResponsibleUnitAssignment_9_1
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__ResponsibleUnitAssignment_9_1();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getResponsibleUnitAssignment_9_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__1__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__0"
    // InternalItup.g:3070:1: rule__ObjectivePlan__Group__0 : rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1 ;
    public final void rule__ObjectivePlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3074:1: ( rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1 )
            // InternalItup.g:3075:2: rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__ObjectivePlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__0"


    // $ANTLR start "rule__ObjectivePlan__Group__0__Impl"
    // InternalItup.g:3082:1: rule__ObjectivePlan__Group__0__Impl : ( 'objective' ) ;
    public final void rule__ObjectivePlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3086:1: ( ( 'objective' ) )
            // InternalItup.g:3087:1: ( 'objective' )
            {
            // InternalItup.g:3087:1: ( 'objective' )
            // InternalItup.g:3088:2: 'objective'
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__0__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__1"
    // InternalItup.g:3097:1: rule__ObjectivePlan__Group__1 : rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2 ;
    public final void rule__ObjectivePlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3101:1: ( rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2 )
            // InternalItup.g:3102:2: rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2
            {
            pushFollow(FOLLOW_15);
            rule__ObjectivePlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__1"


    // $ANTLR start "rule__ObjectivePlan__Group__1__Impl"
    // InternalItup.g:3109:1: rule__ObjectivePlan__Group__1__Impl : ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) ) ;
    public final void rule__ObjectivePlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3113:1: ( ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) ) )
            // InternalItup.g:3114:1: ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) )
            {
            // InternalItup.g:3114:1: ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) )
            // InternalItup.g:3115:2: ( rule__ObjectivePlan__ObjectiveAssignment_1 )
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveAssignment_1()); 
            // InternalItup.g:3116:2: ( rule__ObjectivePlan__ObjectiveAssignment_1 )
            // InternalItup.g:3116:3: rule__ObjectivePlan__ObjectiveAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__ObjectiveAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectivePlanAccess().getObjectiveAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__1__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__2"
    // InternalItup.g:3124:1: rule__ObjectivePlan__Group__2 : rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3 ;
    public final void rule__ObjectivePlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3128:1: ( rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3 )
            // InternalItup.g:3129:2: rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3
            {
            pushFollow(FOLLOW_27);
            rule__ObjectivePlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__2"


    // $ANTLR start "rule__ObjectivePlan__Group__2__Impl"
    // InternalItup.g:3136:1: rule__ObjectivePlan__Group__2__Impl : ( '{' ) ;
    public final void rule__ObjectivePlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3140:1: ( ( '{' ) )
            // InternalItup.g:3141:1: ( '{' )
            {
            // InternalItup.g:3141:1: ( '{' )
            // InternalItup.g:3142:2: '{'
            {
             before(grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__2__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__3"
    // InternalItup.g:3151:1: rule__ObjectivePlan__Group__3 : rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4 ;
    public final void rule__ObjectivePlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3155:1: ( rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4 )
            // InternalItup.g:3156:2: rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4
            {
            pushFollow(FOLLOW_27);
            rule__ObjectivePlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__3"


    // $ANTLR start "rule__ObjectivePlan__Group__3__Impl"
    // InternalItup.g:3163:1: rule__ObjectivePlan__Group__3__Impl : ( ( rule__ObjectivePlan__OutputsAssignment_3 )* ) ;
    public final void rule__ObjectivePlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3167:1: ( ( ( rule__ObjectivePlan__OutputsAssignment_3 )* ) )
            // InternalItup.g:3168:1: ( ( rule__ObjectivePlan__OutputsAssignment_3 )* )
            {
            // InternalItup.g:3168:1: ( ( rule__ObjectivePlan__OutputsAssignment_3 )* )
            // InternalItup.g:3169:2: ( rule__ObjectivePlan__OutputsAssignment_3 )*
            {
             before(grammarAccess.getObjectivePlanAccess().getOutputsAssignment_3()); 
            // InternalItup.g:3170:2: ( rule__ObjectivePlan__OutputsAssignment_3 )*
            loop39:
            do {
                int alt39=2;
                int LA39_0 = input.LA(1);

                if ( (LA39_0==53) ) {
                    alt39=1;
                }


                switch (alt39) {
            	case 1 :
            	    // InternalItup.g:3170:3: rule__ObjectivePlan__OutputsAssignment_3
            	    {
            	    pushFollow(FOLLOW_28);
            	    rule__ObjectivePlan__OutputsAssignment_3();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop39;
                }
            } while (true);

             after(grammarAccess.getObjectivePlanAccess().getOutputsAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__3__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__4"
    // InternalItup.g:3178:1: rule__ObjectivePlan__Group__4 : rule__ObjectivePlan__Group__4__Impl ;
    public final void rule__ObjectivePlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3182:1: ( rule__ObjectivePlan__Group__4__Impl )
            // InternalItup.g:3183:2: rule__ObjectivePlan__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__4"


    // $ANTLR start "rule__ObjectivePlan__Group__4__Impl"
    // InternalItup.g:3189:1: rule__ObjectivePlan__Group__4__Impl : ( '}' ) ;
    public final void rule__ObjectivePlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3193:1: ( ( '}' ) )
            // InternalItup.g:3194:1: ( '}' )
            {
            // InternalItup.g:3194:1: ( '}' )
            // InternalItup.g:3195:2: '}'
            {
             before(grammarAccess.getObjectivePlanAccess().getRightCurlyBracketKeyword_4()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__4__Impl"


    // $ANTLR start "rule__OutputPlan__Group__0"
    // InternalItup.g:3205:1: rule__OutputPlan__Group__0 : rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1 ;
    public final void rule__OutputPlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3209:1: ( rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1 )
            // InternalItup.g:3210:2: rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__OutputPlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__0"


    // $ANTLR start "rule__OutputPlan__Group__0__Impl"
    // InternalItup.g:3217:1: rule__OutputPlan__Group__0__Impl : ( 'output' ) ;
    public final void rule__OutputPlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3221:1: ( ( 'output' ) )
            // InternalItup.g:3222:1: ( 'output' )
            {
            // InternalItup.g:3222:1: ( 'output' )
            // InternalItup.g:3223:2: 'output'
            {
             before(grammarAccess.getOutputPlanAccess().getOutputKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__0__Impl"


    // $ANTLR start "rule__OutputPlan__Group__1"
    // InternalItup.g:3232:1: rule__OutputPlan__Group__1 : rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2 ;
    public final void rule__OutputPlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3236:1: ( rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2 )
            // InternalItup.g:3237:2: rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2
            {
            pushFollow(FOLLOW_15);
            rule__OutputPlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__1"


    // $ANTLR start "rule__OutputPlan__Group__1__Impl"
    // InternalItup.g:3244:1: rule__OutputPlan__Group__1__Impl : ( ( rule__OutputPlan__OutputAssignment_1 ) ) ;
    public final void rule__OutputPlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3248:1: ( ( ( rule__OutputPlan__OutputAssignment_1 ) ) )
            // InternalItup.g:3249:1: ( ( rule__OutputPlan__OutputAssignment_1 ) )
            {
            // InternalItup.g:3249:1: ( ( rule__OutputPlan__OutputAssignment_1 ) )
            // InternalItup.g:3250:2: ( rule__OutputPlan__OutputAssignment_1 )
            {
             before(grammarAccess.getOutputPlanAccess().getOutputAssignment_1()); 
            // InternalItup.g:3251:2: ( rule__OutputPlan__OutputAssignment_1 )
            // InternalItup.g:3251:3: rule__OutputPlan__OutputAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__OutputAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputPlanAccess().getOutputAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__1__Impl"


    // $ANTLR start "rule__OutputPlan__Group__2"
    // InternalItup.g:3259:1: rule__OutputPlan__Group__2 : rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3 ;
    public final void rule__OutputPlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3263:1: ( rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3 )
            // InternalItup.g:3264:2: rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3
            {
            pushFollow(FOLLOW_29);
            rule__OutputPlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__2"


    // $ANTLR start "rule__OutputPlan__Group__2__Impl"
    // InternalItup.g:3271:1: rule__OutputPlan__Group__2__Impl : ( '{' ) ;
    public final void rule__OutputPlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3275:1: ( ( '{' ) )
            // InternalItup.g:3276:1: ( '{' )
            {
            // InternalItup.g:3276:1: ( '{' )
            // InternalItup.g:3277:2: '{'
            {
             before(grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__2__Impl"


    // $ANTLR start "rule__OutputPlan__Group__3"
    // InternalItup.g:3286:1: rule__OutputPlan__Group__3 : rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4 ;
    public final void rule__OutputPlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3290:1: ( rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4 )
            // InternalItup.g:3291:2: rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4
            {
            pushFollow(FOLLOW_30);
            rule__OutputPlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__3"


    // $ANTLR start "rule__OutputPlan__Group__3__Impl"
    // InternalItup.g:3298:1: rule__OutputPlan__Group__3__Impl : ( ruleOutputWork ) ;
    public final void rule__OutputPlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3302:1: ( ( ruleOutputWork ) )
            // InternalItup.g:3303:1: ( ruleOutputWork )
            {
            // InternalItup.g:3303:1: ( ruleOutputWork )
            // InternalItup.g:3304:2: ruleOutputWork
            {
             before(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3()); 
            pushFollow(FOLLOW_2);
            ruleOutputWork();

            state._fsp--;

             after(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__3__Impl"


    // $ANTLR start "rule__OutputPlan__Group__4"
    // InternalItup.g:3313:1: rule__OutputPlan__Group__4 : rule__OutputPlan__Group__4__Impl ;
    public final void rule__OutputPlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3317:1: ( rule__OutputPlan__Group__4__Impl )
            // InternalItup.g:3318:2: rule__OutputPlan__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__4"


    // $ANTLR start "rule__OutputPlan__Group__4__Impl"
    // InternalItup.g:3324:1: rule__OutputPlan__Group__4__Impl : ( '}' ) ;
    public final void rule__OutputPlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3328:1: ( ( '}' ) )
            // InternalItup.g:3329:1: ( '}' )
            {
            // InternalItup.g:3329:1: ( '}' )
            // InternalItup.g:3330:2: '}'
            {
             before(grammarAccess.getOutputPlanAccess().getRightCurlyBracketKeyword_4()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__4__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__0"
    // InternalItup.g:3340:1: rule__RetiredOutput__Group__0 : rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1 ;
    public final void rule__RetiredOutput__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3344:1: ( rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1 )
            // InternalItup.g:3345:2: rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1
            {
            pushFollow(FOLLOW_31);
            rule__RetiredOutput__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__0"


    // $ANTLR start "rule__RetiredOutput__Group__0__Impl"
    // InternalItup.g:3352:1: rule__RetiredOutput__Group__0__Impl : ( 'retired' ) ;
    public final void rule__RetiredOutput__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3356:1: ( ( 'retired' ) )
            // InternalItup.g:3357:1: ( 'retired' )
            {
            // InternalItup.g:3357:1: ( 'retired' )
            // InternalItup.g:3358:2: 'retired'
            {
             before(grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__0__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__1"
    // InternalItup.g:3367:1: rule__RetiredOutput__Group__1 : rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2 ;
    public final void rule__RetiredOutput__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3371:1: ( rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2 )
            // InternalItup.g:3372:2: rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2
            {
            pushFollow(FOLLOW_12);
            rule__RetiredOutput__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__1"


    // $ANTLR start "rule__RetiredOutput__Group__1__Impl"
    // InternalItup.g:3379:1: rule__RetiredOutput__Group__1__Impl : ( 'output' ) ;
    public final void rule__RetiredOutput__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3383:1: ( ( 'output' ) )
            // InternalItup.g:3384:1: ( 'output' )
            {
            // InternalItup.g:3384:1: ( 'output' )
            // InternalItup.g:3385:2: 'output'
            {
             before(grammarAccess.getRetiredOutputAccess().getOutputKeyword_1()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getOutputKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__1__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__2"
    // InternalItup.g:3394:1: rule__RetiredOutput__Group__2 : rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3 ;
    public final void rule__RetiredOutput__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3398:1: ( rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3 )
            // InternalItup.g:3399:2: rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3
            {
            pushFollow(FOLLOW_15);
            rule__RetiredOutput__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__2"


    // $ANTLR start "rule__RetiredOutput__Group__2__Impl"
    // InternalItup.g:3406:1: rule__RetiredOutput__Group__2__Impl : ( ( rule__RetiredOutput__CodeAssignment_2 ) ) ;
    public final void rule__RetiredOutput__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3410:1: ( ( ( rule__RetiredOutput__CodeAssignment_2 ) ) )
            // InternalItup.g:3411:1: ( ( rule__RetiredOutput__CodeAssignment_2 ) )
            {
            // InternalItup.g:3411:1: ( ( rule__RetiredOutput__CodeAssignment_2 ) )
            // InternalItup.g:3412:2: ( rule__RetiredOutput__CodeAssignment_2 )
            {
             before(grammarAccess.getRetiredOutputAccess().getCodeAssignment_2()); 
            // InternalItup.g:3413:2: ( rule__RetiredOutput__CodeAssignment_2 )
            // InternalItup.g:3413:3: rule__RetiredOutput__CodeAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__CodeAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getRetiredOutputAccess().getCodeAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__2__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__3"
    // InternalItup.g:3421:1: rule__RetiredOutput__Group__3 : rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4 ;
    public final void rule__RetiredOutput__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3425:1: ( rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4 )
            // InternalItup.g:3426:2: rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4
            {
            pushFollow(FOLLOW_29);
            rule__RetiredOutput__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__3"


    // $ANTLR start "rule__RetiredOutput__Group__3__Impl"
    // InternalItup.g:3433:1: rule__RetiredOutput__Group__3__Impl : ( '{' ) ;
    public final void rule__RetiredOutput__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3437:1: ( ( '{' ) )
            // InternalItup.g:3438:1: ( '{' )
            {
            // InternalItup.g:3438:1: ( '{' )
            // InternalItup.g:3439:2: '{'
            {
             before(grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__3__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__4"
    // InternalItup.g:3448:1: rule__RetiredOutput__Group__4 : rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5 ;
    public final void rule__RetiredOutput__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3452:1: ( rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5 )
            // InternalItup.g:3453:2: rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5
            {
            pushFollow(FOLLOW_30);
            rule__RetiredOutput__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__4"


    // $ANTLR start "rule__RetiredOutput__Group__4__Impl"
    // InternalItup.g:3460:1: rule__RetiredOutput__Group__4__Impl : ( ruleOutputWork ) ;
    public final void rule__RetiredOutput__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3464:1: ( ( ruleOutputWork ) )
            // InternalItup.g:3465:1: ( ruleOutputWork )
            {
            // InternalItup.g:3465:1: ( ruleOutputWork )
            // InternalItup.g:3466:2: ruleOutputWork
            {
             before(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4()); 
            pushFollow(FOLLOW_2);
            ruleOutputWork();

            state._fsp--;

             after(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__4__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__5"
    // InternalItup.g:3475:1: rule__RetiredOutput__Group__5 : rule__RetiredOutput__Group__5__Impl ;
    public final void rule__RetiredOutput__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3479:1: ( rule__RetiredOutput__Group__5__Impl )
            // InternalItup.g:3480:2: rule__RetiredOutput__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__5"


    // $ANTLR start "rule__RetiredOutput__Group__5__Impl"
    // InternalItup.g:3486:1: rule__RetiredOutput__Group__5__Impl : ( '}' ) ;
    public final void rule__RetiredOutput__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3490:1: ( ( '}' ) )
            // InternalItup.g:3491:1: ( '}' )
            {
            // InternalItup.g:3491:1: ( '}' )
            // InternalItup.g:3492:2: '}'
            {
             before(grammarAccess.getRetiredOutputAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__5__Impl"


    // $ANTLR start "rule__OutputWork__Group_0__0"
    // InternalItup.g:3502:1: rule__OutputWork__Group_0__0 : rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1 ;
    public final void rule__OutputWork__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3506:1: ( rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1 )
            // InternalItup.g:3507:2: rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1
            {
            pushFollow(FOLLOW_11);
            rule__OutputWork__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__0"


    // $ANTLR start "rule__OutputWork__Group_0__0__Impl"
    // InternalItup.g:3514:1: rule__OutputWork__Group_0__0__Impl : ( 'responsible' ) ;
    public final void rule__OutputWork__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3518:1: ( ( 'responsible' ) )
            // InternalItup.g:3519:1: ( 'responsible' )
            {
            // InternalItup.g:3519:1: ( 'responsible' )
            // InternalItup.g:3520:2: 'responsible'
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_0__1"
    // InternalItup.g:3529:1: rule__OutputWork__Group_0__1 : rule__OutputWork__Group_0__1__Impl ;
    public final void rule__OutputWork__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3533:1: ( rule__OutputWork__Group_0__1__Impl )
            // InternalItup.g:3534:2: rule__OutputWork__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__1"


    // $ANTLR start "rule__OutputWork__Group_0__1__Impl"
    // InternalItup.g:3540:1: rule__OutputWork__Group_0__1__Impl : ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) ) ;
    public final void rule__OutputWork__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3544:1: ( ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) ) )
            // InternalItup.g:3545:1: ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) )
            {
            // InternalItup.g:3545:1: ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) )
            // InternalItup.g:3546:2: ( rule__OutputWork__ResponsibleUnitAssignment_0_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleUnitAssignment_0_1()); 
            // InternalItup.g:3547:2: ( rule__OutputWork__ResponsibleUnitAssignment_0_1 )
            // InternalItup.g:3547:3: rule__OutputWork__ResponsibleUnitAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ResponsibleUnitAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getResponsibleUnitAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__1__Impl"


    // $ANTLR start "rule__OutputWork__Group_1__0"
    // InternalItup.g:3556:1: rule__OutputWork__Group_1__0 : rule__OutputWork__Group_1__0__Impl rule__OutputWork__Group_1__1 ;
    public final void rule__OutputWork__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3560:1: ( rule__OutputWork__Group_1__0__Impl rule__OutputWork__Group_1__1 )
            // InternalItup.g:3561:2: rule__OutputWork__Group_1__0__Impl rule__OutputWork__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__OutputWork__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1__0"


    // $ANTLR start "rule__OutputWork__Group_1__0__Impl"
    // InternalItup.g:3568:1: rule__OutputWork__Group_1__0__Impl : ( 'activity' ) ;
    public final void rule__OutputWork__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3572:1: ( ( 'activity' ) )
            // InternalItup.g:3573:1: ( 'activity' )
            {
            // InternalItup.g:3573:1: ( 'activity' )
            // InternalItup.g:3574:2: 'activity'
            {
             before(grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_1__1"
    // InternalItup.g:3583:1: rule__OutputWork__Group_1__1 : rule__OutputWork__Group_1__1__Impl ;
    public final void rule__OutputWork__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3587:1: ( rule__OutputWork__Group_1__1__Impl )
            // InternalItup.g:3588:2: rule__OutputWork__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1__1"


    // $ANTLR start "rule__OutputWork__Group_1__1__Impl"
    // InternalItup.g:3594:1: rule__OutputWork__Group_1__1__Impl : ( ( rule__OutputWork__ActivitiesAssignment_1_1 ) ) ;
    public final void rule__OutputWork__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3598:1: ( ( ( rule__OutputWork__ActivitiesAssignment_1_1 ) ) )
            // InternalItup.g:3599:1: ( ( rule__OutputWork__ActivitiesAssignment_1_1 ) )
            {
            // InternalItup.g:3599:1: ( ( rule__OutputWork__ActivitiesAssignment_1_1 ) )
            // InternalItup.g:3600:2: ( rule__OutputWork__ActivitiesAssignment_1_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getActivitiesAssignment_1_1()); 
            // InternalItup.g:3601:2: ( rule__OutputWork__ActivitiesAssignment_1_1 )
            // InternalItup.g:3601:3: rule__OutputWork__ActivitiesAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ActivitiesAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getActivitiesAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1__1__Impl"


    // $ANTLR start "rule__OutputWork__Group_3__0"
    // InternalItup.g:3610:1: rule__OutputWork__Group_3__0 : rule__OutputWork__Group_3__0__Impl rule__OutputWork__Group_3__1 ;
    public final void rule__OutputWork__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3614:1: ( rule__OutputWork__Group_3__0__Impl rule__OutputWork__Group_3__1 )
            // InternalItup.g:3615:2: rule__OutputWork__Group_3__0__Impl rule__OutputWork__Group_3__1
            {
            pushFollow(FOLLOW_11);
            rule__OutputWork__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_3__0"


    // $ANTLR start "rule__OutputWork__Group_3__0__Impl"
    // InternalItup.g:3622:1: rule__OutputWork__Group_3__0__Impl : ( 'resources' ) ;
    public final void rule__OutputWork__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3626:1: ( ( 'resources' ) )
            // InternalItup.g:3627:1: ( 'resources' )
            {
            // InternalItup.g:3627:1: ( 'resources' )
            // InternalItup.g:3628:2: 'resources'
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesKeyword_3_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResourcesKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_3__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_3__1"
    // InternalItup.g:3637:1: rule__OutputWork__Group_3__1 : rule__OutputWork__Group_3__1__Impl ;
    public final void rule__OutputWork__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3641:1: ( rule__OutputWork__Group_3__1__Impl )
            // InternalItup.g:3642:2: rule__OutputWork__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_3__1"


    // $ANTLR start "rule__OutputWork__Group_3__1__Impl"
    // InternalItup.g:3648:1: rule__OutputWork__Group_3__1__Impl : ( ( rule__OutputWork__ResourcesAssignment_3_1 ) ) ;
    public final void rule__OutputWork__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3652:1: ( ( ( rule__OutputWork__ResourcesAssignment_3_1 ) ) )
            // InternalItup.g:3653:1: ( ( rule__OutputWork__ResourcesAssignment_3_1 ) )
            {
            // InternalItup.g:3653:1: ( ( rule__OutputWork__ResourcesAssignment_3_1 ) )
            // InternalItup.g:3654:2: ( rule__OutputWork__ResourcesAssignment_3_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesAssignment_3_1()); 
            // InternalItup.g:3655:2: ( rule__OutputWork__ResourcesAssignment_3_1 )
            // InternalItup.g:3655:3: rule__OutputWork__ResourcesAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ResourcesAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getResourcesAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_3__1__Impl"


    // $ANTLR start "rule__Milestone__Group__0"
    // InternalItup.g:3664:1: rule__Milestone__Group__0 : rule__Milestone__Group__0__Impl rule__Milestone__Group__1 ;
    public final void rule__Milestone__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3668:1: ( rule__Milestone__Group__0__Impl rule__Milestone__Group__1 )
            // InternalItup.g:3669:2: rule__Milestone__Group__0__Impl rule__Milestone__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Milestone__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Milestone__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__0"


    // $ANTLR start "rule__Milestone__Group__0__Impl"
    // InternalItup.g:3676:1: rule__Milestone__Group__0__Impl : ( ( rule__Milestone__Alternatives_0 ) ) ;
    public final void rule__Milestone__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3680:1: ( ( ( rule__Milestone__Alternatives_0 ) ) )
            // InternalItup.g:3681:1: ( ( rule__Milestone__Alternatives_0 ) )
            {
            // InternalItup.g:3681:1: ( ( rule__Milestone__Alternatives_0 ) )
            // InternalItup.g:3682:2: ( rule__Milestone__Alternatives_0 )
            {
             before(grammarAccess.getMilestoneAccess().getAlternatives_0()); 
            // InternalItup.g:3683:2: ( rule__Milestone__Alternatives_0 )
            // InternalItup.g:3683:3: rule__Milestone__Alternatives_0
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Alternatives_0();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getAlternatives_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__0__Impl"


    // $ANTLR start "rule__Milestone__Group__1"
    // InternalItup.g:3691:1: rule__Milestone__Group__1 : rule__Milestone__Group__1__Impl rule__Milestone__Group__2 ;
    public final void rule__Milestone__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3695:1: ( rule__Milestone__Group__1__Impl rule__Milestone__Group__2 )
            // InternalItup.g:3696:2: rule__Milestone__Group__1__Impl rule__Milestone__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__Milestone__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Milestone__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__1"


    // $ANTLR start "rule__Milestone__Group__1__Impl"
    // InternalItup.g:3703:1: rule__Milestone__Group__1__Impl : ( ( rule__Milestone__YearAssignment_1 ) ) ;
    public final void rule__Milestone__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3707:1: ( ( ( rule__Milestone__YearAssignment_1 ) ) )
            // InternalItup.g:3708:1: ( ( rule__Milestone__YearAssignment_1 ) )
            {
            // InternalItup.g:3708:1: ( ( rule__Milestone__YearAssignment_1 ) )
            // InternalItup.g:3709:2: ( rule__Milestone__YearAssignment_1 )
            {
             before(grammarAccess.getMilestoneAccess().getYearAssignment_1()); 
            // InternalItup.g:3710:2: ( rule__Milestone__YearAssignment_1 )
            // InternalItup.g:3710:3: rule__Milestone__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__1__Impl"


    // $ANTLR start "rule__Milestone__Group__2"
    // InternalItup.g:3718:1: rule__Milestone__Group__2 : rule__Milestone__Group__2__Impl ;
    public final void rule__Milestone__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3722:1: ( rule__Milestone__Group__2__Impl )
            // InternalItup.g:3723:2: rule__Milestone__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__2"


    // $ANTLR start "rule__Milestone__Group__2__Impl"
    // InternalItup.g:3729:1: rule__Milestone__Group__2__Impl : ( ( rule__Milestone__StatementAssignment_2 ) ) ;
    public final void rule__Milestone__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3733:1: ( ( ( rule__Milestone__StatementAssignment_2 ) ) )
            // InternalItup.g:3734:1: ( ( rule__Milestone__StatementAssignment_2 ) )
            {
            // InternalItup.g:3734:1: ( ( rule__Milestone__StatementAssignment_2 ) )
            // InternalItup.g:3735:2: ( rule__Milestone__StatementAssignment_2 )
            {
             before(grammarAccess.getMilestoneAccess().getStatementAssignment_2()); 
            // InternalItup.g:3736:2: ( rule__Milestone__StatementAssignment_2 )
            // InternalItup.g:3736:3: rule__Milestone__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__2__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalItup.g:3745:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3749:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalItup.g:3750:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_4);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalItup.g:3757:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3761:1: ( ( 'import' ) )
            // InternalItup.g:3762:1: ( 'import' )
            {
            // InternalItup.g:3762:1: ( 'import' )
            // InternalItup.g:3763:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalItup.g:3772:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3776:1: ( rule__Import__Group__1__Impl )
            // InternalItup.g:3777:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalItup.g:3783:1: rule__Import__Group__1__Impl : ( ( rule__Import__PlanAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3787:1: ( ( ( rule__Import__PlanAssignment_1 ) ) )
            // InternalItup.g:3788:1: ( ( rule__Import__PlanAssignment_1 ) )
            {
            // InternalItup.g:3788:1: ( ( rule__Import__PlanAssignment_1 ) )
            // InternalItup.g:3789:2: ( rule__Import__PlanAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getPlanAssignment_1()); 
            // InternalItup.g:3790:2: ( rule__Import__PlanAssignment_1 )
            // InternalItup.g:3790:3: rule__Import__PlanAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__PlanAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getPlanAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__0"
    // InternalItup.g:3799:1: rule__CoreValue__Group__0 : rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 ;
    public final void rule__CoreValue__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3803:1: ( rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 )
            // InternalItup.g:3804:2: rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__CoreValue__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0"


    // $ANTLR start "rule__CoreValue__Group__0__Impl"
    // InternalItup.g:3811:1: rule__CoreValue__Group__0__Impl : ( 'value' ) ;
    public final void rule__CoreValue__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3815:1: ( ( 'value' ) )
            // InternalItup.g:3816:1: ( 'value' )
            {
            // InternalItup.g:3816:1: ( 'value' )
            // InternalItup.g:3817:2: 'value'
            {
             before(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0__Impl"


    // $ANTLR start "rule__CoreValue__Group__1"
    // InternalItup.g:3826:1: rule__CoreValue__Group__1 : rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 ;
    public final void rule__CoreValue__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3830:1: ( rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 )
            // InternalItup.g:3831:2: rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__CoreValue__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1"


    // $ANTLR start "rule__CoreValue__Group__1__Impl"
    // InternalItup.g:3838:1: rule__CoreValue__Group__1__Impl : ( ( rule__CoreValue__NameAssignment_1 ) ) ;
    public final void rule__CoreValue__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3842:1: ( ( ( rule__CoreValue__NameAssignment_1 ) ) )
            // InternalItup.g:3843:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            {
            // InternalItup.g:3843:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            // InternalItup.g:3844:2: ( rule__CoreValue__NameAssignment_1 )
            {
             before(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 
            // InternalItup.g:3845:2: ( rule__CoreValue__NameAssignment_1 )
            // InternalItup.g:3845:3: rule__CoreValue__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__2"
    // InternalItup.g:3853:1: rule__CoreValue__Group__2 : rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 ;
    public final void rule__CoreValue__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3857:1: ( rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 )
            // InternalItup.g:3858:2: rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3
            {
            pushFollow(FOLLOW_11);
            rule__CoreValue__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2"


    // $ANTLR start "rule__CoreValue__Group__2__Impl"
    // InternalItup.g:3865:1: rule__CoreValue__Group__2__Impl : ( ( rule__CoreValue__TitleAssignment_2 ) ) ;
    public final void rule__CoreValue__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3869:1: ( ( ( rule__CoreValue__TitleAssignment_2 ) ) )
            // InternalItup.g:3870:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            {
            // InternalItup.g:3870:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            // InternalItup.g:3871:2: ( rule__CoreValue__TitleAssignment_2 )
            {
             before(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 
            // InternalItup.g:3872:2: ( rule__CoreValue__TitleAssignment_2 )
            // InternalItup.g:3872:3: rule__CoreValue__TitleAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__TitleAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2__Impl"


    // $ANTLR start "rule__CoreValue__Group__3"
    // InternalItup.g:3880:1: rule__CoreValue__Group__3 : rule__CoreValue__Group__3__Impl ;
    public final void rule__CoreValue__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3884:1: ( rule__CoreValue__Group__3__Impl )
            // InternalItup.g:3885:2: rule__CoreValue__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3"


    // $ANTLR start "rule__CoreValue__Group__3__Impl"
    // InternalItup.g:3891:1: rule__CoreValue__Group__3__Impl : ( ( rule__CoreValue__StatementAssignment_3 )? ) ;
    public final void rule__CoreValue__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3895:1: ( ( ( rule__CoreValue__StatementAssignment_3 )? ) )
            // InternalItup.g:3896:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            {
            // InternalItup.g:3896:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            // InternalItup.g:3897:2: ( rule__CoreValue__StatementAssignment_3 )?
            {
             before(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 
            // InternalItup.g:3898:2: ( rule__CoreValue__StatementAssignment_3 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_STRING) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:3898:3: rule__CoreValue__StatementAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__CoreValue__StatementAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__0"
    // InternalItup.g:3907:1: rule__Goal__Group__0 : rule__Goal__Group__0__Impl rule__Goal__Group__1 ;
    public final void rule__Goal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3911:1: ( rule__Goal__Group__0__Impl rule__Goal__Group__1 )
            // InternalItup.g:3912:2: rule__Goal__Group__0__Impl rule__Goal__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0"


    // $ANTLR start "rule__Goal__Group__0__Impl"
    // InternalItup.g:3919:1: rule__Goal__Group__0__Impl : ( 'goal' ) ;
    public final void rule__Goal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3923:1: ( ( 'goal' ) )
            // InternalItup.g:3924:1: ( 'goal' )
            {
            // InternalItup.g:3924:1: ( 'goal' )
            // InternalItup.g:3925:2: 'goal'
            {
             before(grammarAccess.getGoalAccess().getGoalKeyword_0()); 
            match(input,13,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getGoalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0__Impl"


    // $ANTLR start "rule__Goal__Group__1"
    // InternalItup.g:3934:1: rule__Goal__Group__1 : rule__Goal__Group__1__Impl rule__Goal__Group__2 ;
    public final void rule__Goal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3938:1: ( rule__Goal__Group__1__Impl rule__Goal__Group__2 )
            // InternalItup.g:3939:2: rule__Goal__Group__1__Impl rule__Goal__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Goal__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1"


    // $ANTLR start "rule__Goal__Group__1__Impl"
    // InternalItup.g:3946:1: rule__Goal__Group__1__Impl : ( ( rule__Goal__NameAssignment_1 ) ) ;
    public final void rule__Goal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3950:1: ( ( ( rule__Goal__NameAssignment_1 ) ) )
            // InternalItup.g:3951:1: ( ( rule__Goal__NameAssignment_1 ) )
            {
            // InternalItup.g:3951:1: ( ( rule__Goal__NameAssignment_1 ) )
            // InternalItup.g:3952:2: ( rule__Goal__NameAssignment_1 )
            {
             before(grammarAccess.getGoalAccess().getNameAssignment_1()); 
            // InternalItup.g:3953:2: ( rule__Goal__NameAssignment_1 )
            // InternalItup.g:3953:3: rule__Goal__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1__Impl"


    // $ANTLR start "rule__Goal__Group__2"
    // InternalItup.g:3961:1: rule__Goal__Group__2 : rule__Goal__Group__2__Impl rule__Goal__Group__3 ;
    public final void rule__Goal__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3965:1: ( rule__Goal__Group__2__Impl rule__Goal__Group__3 )
            // InternalItup.g:3966:2: rule__Goal__Group__2__Impl rule__Goal__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Goal__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2"


    // $ANTLR start "rule__Goal__Group__2__Impl"
    // InternalItup.g:3973:1: rule__Goal__Group__2__Impl : ( ( rule__Goal__TitleAssignment_2 )? ) ;
    public final void rule__Goal__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3977:1: ( ( ( rule__Goal__TitleAssignment_2 )? ) )
            // InternalItup.g:3978:1: ( ( rule__Goal__TitleAssignment_2 )? )
            {
            // InternalItup.g:3978:1: ( ( rule__Goal__TitleAssignment_2 )? )
            // InternalItup.g:3979:2: ( rule__Goal__TitleAssignment_2 )?
            {
             before(grammarAccess.getGoalAccess().getTitleAssignment_2()); 
            // InternalItup.g:3980:2: ( rule__Goal__TitleAssignment_2 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:3980:3: rule__Goal__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2__Impl"


    // $ANTLR start "rule__Goal__Group__3"
    // InternalItup.g:3988:1: rule__Goal__Group__3 : rule__Goal__Group__3__Impl rule__Goal__Group__4 ;
    public final void rule__Goal__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3992:1: ( rule__Goal__Group__3__Impl rule__Goal__Group__4 )
            // InternalItup.g:3993:2: rule__Goal__Group__3__Impl rule__Goal__Group__4
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3"


    // $ANTLR start "rule__Goal__Group__3__Impl"
    // InternalItup.g:4000:1: rule__Goal__Group__3__Impl : ( '{' ) ;
    public final void rule__Goal__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4004:1: ( ( '{' ) )
            // InternalItup.g:4005:1: ( '{' )
            {
            // InternalItup.g:4005:1: ( '{' )
            // InternalItup.g:4006:2: '{'
            {
             before(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__4"
    // InternalItup.g:4015:1: rule__Goal__Group__4 : rule__Goal__Group__4__Impl rule__Goal__Group__5 ;
    public final void rule__Goal__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4019:1: ( rule__Goal__Group__4__Impl rule__Goal__Group__5 )
            // InternalItup.g:4020:2: rule__Goal__Group__4__Impl rule__Goal__Group__5
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4"


    // $ANTLR start "rule__Goal__Group__4__Impl"
    // InternalItup.g:4027:1: rule__Goal__Group__4__Impl : ( ( rule__Goal__Group_4__0 )? ) ;
    public final void rule__Goal__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4031:1: ( ( ( rule__Goal__Group_4__0 )? ) )
            // InternalItup.g:4032:1: ( ( rule__Goal__Group_4__0 )? )
            {
            // InternalItup.g:4032:1: ( ( rule__Goal__Group_4__0 )? )
            // InternalItup.g:4033:2: ( rule__Goal__Group_4__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_4()); 
            // InternalItup.g:4034:2: ( rule__Goal__Group_4__0 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==59) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:4034:3: rule__Goal__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4__Impl"


    // $ANTLR start "rule__Goal__Group__5"
    // InternalItup.g:4042:1: rule__Goal__Group__5 : rule__Goal__Group__5__Impl rule__Goal__Group__6 ;
    public final void rule__Goal__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4046:1: ( rule__Goal__Group__5__Impl rule__Goal__Group__6 )
            // InternalItup.g:4047:2: rule__Goal__Group__5__Impl rule__Goal__Group__6
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5"


    // $ANTLR start "rule__Goal__Group__5__Impl"
    // InternalItup.g:4054:1: rule__Goal__Group__5__Impl : ( ( rule__Goal__Group_5__0 )? ) ;
    public final void rule__Goal__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4058:1: ( ( ( rule__Goal__Group_5__0 )? ) )
            // InternalItup.g:4059:1: ( ( rule__Goal__Group_5__0 )? )
            {
            // InternalItup.g:4059:1: ( ( rule__Goal__Group_5__0 )? )
            // InternalItup.g:4060:2: ( rule__Goal__Group_5__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_5()); 
            // InternalItup.g:4061:2: ( rule__Goal__Group_5__0 )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==60) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:4061:3: rule__Goal__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5__Impl"


    // $ANTLR start "rule__Goal__Group__6"
    // InternalItup.g:4069:1: rule__Goal__Group__6 : rule__Goal__Group__6__Impl rule__Goal__Group__7 ;
    public final void rule__Goal__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4073:1: ( rule__Goal__Group__6__Impl rule__Goal__Group__7 )
            // InternalItup.g:4074:2: rule__Goal__Group__6__Impl rule__Goal__Group__7
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6"


    // $ANTLR start "rule__Goal__Group__6__Impl"
    // InternalItup.g:4081:1: rule__Goal__Group__6__Impl : ( ( rule__Goal__Alternatives_6 )* ) ;
    public final void rule__Goal__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4085:1: ( ( ( rule__Goal__Alternatives_6 )* ) )
            // InternalItup.g:4086:1: ( ( rule__Goal__Alternatives_6 )* )
            {
            // InternalItup.g:4086:1: ( ( rule__Goal__Alternatives_6 )* )
            // InternalItup.g:4087:2: ( rule__Goal__Alternatives_6 )*
            {
             before(grammarAccess.getGoalAccess().getAlternatives_6()); 
            // InternalItup.g:4088:2: ( rule__Goal__Alternatives_6 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==43||LA44_0==45||LA44_0==61) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalItup.g:4088:3: rule__Goal__Alternatives_6
            	    {
            	    pushFollow(FOLLOW_34);
            	    rule__Goal__Alternatives_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop44;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getAlternatives_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6__Impl"


    // $ANTLR start "rule__Goal__Group__7"
    // InternalItup.g:4096:1: rule__Goal__Group__7 : rule__Goal__Group__7__Impl ;
    public final void rule__Goal__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4100:1: ( rule__Goal__Group__7__Impl )
            // InternalItup.g:4101:2: rule__Goal__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7"


    // $ANTLR start "rule__Goal__Group__7__Impl"
    // InternalItup.g:4107:1: rule__Goal__Group__7__Impl : ( '}' ) ;
    public final void rule__Goal__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4111:1: ( ( '}' ) )
            // InternalItup.g:4112:1: ( '}' )
            {
            // InternalItup.g:4112:1: ( '}' )
            // InternalItup.g:4113:2: '}'
            {
             before(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7__Impl"


    // $ANTLR start "rule__Goal__Group_4__0"
    // InternalItup.g:4123:1: rule__Goal__Group_4__0 : rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 ;
    public final void rule__Goal__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4127:1: ( rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 )
            // InternalItup.g:4128:2: rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0"


    // $ANTLR start "rule__Goal__Group_4__0__Impl"
    // InternalItup.g:4135:1: rule__Goal__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Goal__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4139:1: ( ( 'statement' ) )
            // InternalItup.g:4140:1: ( 'statement' )
            {
            // InternalItup.g:4140:1: ( 'statement' )
            // InternalItup.g:4141:2: 'statement'
            {
             before(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0__Impl"


    // $ANTLR start "rule__Goal__Group_4__1"
    // InternalItup.g:4150:1: rule__Goal__Group_4__1 : rule__Goal__Group_4__1__Impl ;
    public final void rule__Goal__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4154:1: ( rule__Goal__Group_4__1__Impl )
            // InternalItup.g:4155:2: rule__Goal__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1"


    // $ANTLR start "rule__Goal__Group_4__1__Impl"
    // InternalItup.g:4161:1: rule__Goal__Group_4__1__Impl : ( ( rule__Goal__StatementAssignment_4_1 ) ) ;
    public final void rule__Goal__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4165:1: ( ( ( rule__Goal__StatementAssignment_4_1 ) ) )
            // InternalItup.g:4166:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:4166:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            // InternalItup.g:4167:2: ( rule__Goal__StatementAssignment_4_1 )
            {
             before(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:4168:2: ( rule__Goal__StatementAssignment_4_1 )
            // InternalItup.g:4168:3: rule__Goal__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1__Impl"


    // $ANTLR start "rule__Goal__Group_5__0"
    // InternalItup.g:4177:1: rule__Goal__Group_5__0 : rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 ;
    public final void rule__Goal__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4181:1: ( rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 )
            // InternalItup.g:4182:2: rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0"


    // $ANTLR start "rule__Goal__Group_5__0__Impl"
    // InternalItup.g:4189:1: rule__Goal__Group_5__0__Impl : ( 'description' ) ;
    public final void rule__Goal__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4193:1: ( ( 'description' ) )
            // InternalItup.g:4194:1: ( 'description' )
            {
            // InternalItup.g:4194:1: ( 'description' )
            // InternalItup.g:4195:2: 'description'
            {
             before(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0__Impl"


    // $ANTLR start "rule__Goal__Group_5__1"
    // InternalItup.g:4204:1: rule__Goal__Group_5__1 : rule__Goal__Group_5__1__Impl ;
    public final void rule__Goal__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4208:1: ( rule__Goal__Group_5__1__Impl )
            // InternalItup.g:4209:2: rule__Goal__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1"


    // $ANTLR start "rule__Goal__Group_5__1__Impl"
    // InternalItup.g:4215:1: rule__Goal__Group_5__1__Impl : ( ( rule__Goal__DescriptionAssignment_5_1 ) ) ;
    public final void rule__Goal__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4219:1: ( ( ( rule__Goal__DescriptionAssignment_5_1 ) ) )
            // InternalItup.g:4220:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            {
            // InternalItup.g:4220:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            // InternalItup.g:4221:2: ( rule__Goal__DescriptionAssignment_5_1 )
            {
             before(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 
            // InternalItup.g:4222:2: ( rule__Goal__DescriptionAssignment_5_1 )
            // InternalItup.g:4222:3: rule__Goal__DescriptionAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__DescriptionAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__0"
    // InternalItup.g:4231:1: rule__Goal__Group_6_1__0 : rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 ;
    public final void rule__Goal__Group_6_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4235:1: ( rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 )
            // InternalItup.g:4236:2: rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0"


    // $ANTLR start "rule__Goal__Group_6_1__0__Impl"
    // InternalItup.g:4243:1: rule__Goal__Group_6_1__0__Impl : ( 'sdg' ) ;
    public final void rule__Goal__Group_6_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4247:1: ( ( 'sdg' ) )
            // InternalItup.g:4248:1: ( 'sdg' )
            {
            // InternalItup.g:4248:1: ( 'sdg' )
            // InternalItup.g:4249:2: 'sdg'
            {
             before(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__1"
    // InternalItup.g:4258:1: rule__Goal__Group_6_1__1 : rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 ;
    public final void rule__Goal__Group_6_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4262:1: ( rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 )
            // InternalItup.g:4263:2: rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2
            {
            pushFollow(FOLLOW_13);
            rule__Goal__Group_6_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1"


    // $ANTLR start "rule__Goal__Group_6_1__1__Impl"
    // InternalItup.g:4270:1: rule__Goal__Group_6_1__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) ;
    public final void rule__Goal__Group_6_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4274:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) )
            // InternalItup.g:4275:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            {
            // InternalItup.g:4275:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            // InternalItup.g:4276:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 
            // InternalItup.g:4277:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            // InternalItup.g:4277:3: rule__Goal__SdgLinksAssignment_6_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__2"
    // InternalItup.g:4285:1: rule__Goal__Group_6_1__2 : rule__Goal__Group_6_1__2__Impl ;
    public final void rule__Goal__Group_6_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4289:1: ( rule__Goal__Group_6_1__2__Impl )
            // InternalItup.g:4290:2: rule__Goal__Group_6_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2"


    // $ANTLR start "rule__Goal__Group_6_1__2__Impl"
    // InternalItup.g:4296:1: rule__Goal__Group_6_1__2__Impl : ( ( rule__Goal__Group_6_1_2__0 )* ) ;
    public final void rule__Goal__Group_6_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4300:1: ( ( ( rule__Goal__Group_6_1_2__0 )* ) )
            // InternalItup.g:4301:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            {
            // InternalItup.g:4301:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            // InternalItup.g:4302:2: ( rule__Goal__Group_6_1_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_1_2()); 
            // InternalItup.g:4303:2: ( rule__Goal__Group_6_1_2__0 )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==39) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalItup.g:4303:3: rule__Goal__Group_6_1_2__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Goal__Group_6_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop45;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__0"
    // InternalItup.g:4312:1: rule__Goal__Group_6_1_2__0 : rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 ;
    public final void rule__Goal__Group_6_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4316:1: ( rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 )
            // InternalItup.g:4317:2: rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0"


    // $ANTLR start "rule__Goal__Group_6_1_2__0__Impl"
    // InternalItup.g:4324:1: rule__Goal__Group_6_1_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4328:1: ( ( ',' ) )
            // InternalItup.g:4329:1: ( ',' )
            {
            // InternalItup.g:4329:1: ( ',' )
            // InternalItup.g:4330:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__1"
    // InternalItup.g:4339:1: rule__Goal__Group_6_1_2__1 : rule__Goal__Group_6_1_2__1__Impl ;
    public final void rule__Goal__Group_6_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4343:1: ( rule__Goal__Group_6_1_2__1__Impl )
            // InternalItup.g:4344:2: rule__Goal__Group_6_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1"


    // $ANTLR start "rule__Goal__Group_6_1_2__1__Impl"
    // InternalItup.g:4350:1: rule__Goal__Group_6_1_2__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) ;
    public final void rule__Goal__Group_6_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4354:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) )
            // InternalItup.g:4355:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            {
            // InternalItup.g:4355:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            // InternalItup.g:4356:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 
            // InternalItup.g:4357:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            // InternalItup.g:4357:3: rule__Goal__SdgLinksAssignment_6_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__0"
    // InternalItup.g:4366:1: rule__Goal__Group_6_2__0 : rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 ;
    public final void rule__Goal__Group_6_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4370:1: ( rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 )
            // InternalItup.g:4371:2: rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0"


    // $ANTLR start "rule__Goal__Group_6_2__0__Impl"
    // InternalItup.g:4378:1: rule__Goal__Group_6_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Goal__Group_6_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4382:1: ( ( 'wsis' ) )
            // InternalItup.g:4383:1: ( 'wsis' )
            {
            // InternalItup.g:4383:1: ( 'wsis' )
            // InternalItup.g:4384:2: 'wsis'
            {
             before(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__1"
    // InternalItup.g:4393:1: rule__Goal__Group_6_2__1 : rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 ;
    public final void rule__Goal__Group_6_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4397:1: ( rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 )
            // InternalItup.g:4398:2: rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2
            {
            pushFollow(FOLLOW_13);
            rule__Goal__Group_6_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1"


    // $ANTLR start "rule__Goal__Group_6_2__1__Impl"
    // InternalItup.g:4405:1: rule__Goal__Group_6_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) ;
    public final void rule__Goal__Group_6_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4409:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) )
            // InternalItup.g:4410:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            {
            // InternalItup.g:4410:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            // InternalItup.g:4411:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 
            // InternalItup.g:4412:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            // InternalItup.g:4412:3: rule__Goal__WsisActionLinesAssignment_6_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__2"
    // InternalItup.g:4420:1: rule__Goal__Group_6_2__2 : rule__Goal__Group_6_2__2__Impl ;
    public final void rule__Goal__Group_6_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4424:1: ( rule__Goal__Group_6_2__2__Impl )
            // InternalItup.g:4425:2: rule__Goal__Group_6_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2"


    // $ANTLR start "rule__Goal__Group_6_2__2__Impl"
    // InternalItup.g:4431:1: rule__Goal__Group_6_2__2__Impl : ( ( rule__Goal__Group_6_2_2__0 )* ) ;
    public final void rule__Goal__Group_6_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4435:1: ( ( ( rule__Goal__Group_6_2_2__0 )* ) )
            // InternalItup.g:4436:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            {
            // InternalItup.g:4436:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            // InternalItup.g:4437:2: ( rule__Goal__Group_6_2_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_2_2()); 
            // InternalItup.g:4438:2: ( rule__Goal__Group_6_2_2__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==39) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalItup.g:4438:3: rule__Goal__Group_6_2_2__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Goal__Group_6_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__0"
    // InternalItup.g:4447:1: rule__Goal__Group_6_2_2__0 : rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 ;
    public final void rule__Goal__Group_6_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4451:1: ( rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 )
            // InternalItup.g:4452:2: rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0"


    // $ANTLR start "rule__Goal__Group_6_2_2__0__Impl"
    // InternalItup.g:4459:1: rule__Goal__Group_6_2_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4463:1: ( ( ',' ) )
            // InternalItup.g:4464:1: ( ',' )
            {
            // InternalItup.g:4464:1: ( ',' )
            // InternalItup.g:4465:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__1"
    // InternalItup.g:4474:1: rule__Goal__Group_6_2_2__1 : rule__Goal__Group_6_2_2__1__Impl ;
    public final void rule__Goal__Group_6_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4478:1: ( rule__Goal__Group_6_2_2__1__Impl )
            // InternalItup.g:4479:2: rule__Goal__Group_6_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1"


    // $ANTLR start "rule__Goal__Group_6_2_2__1__Impl"
    // InternalItup.g:4485:1: rule__Goal__Group_6_2_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) ;
    public final void rule__Goal__Group_6_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4489:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) )
            // InternalItup.g:4490:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            {
            // InternalItup.g:4490:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            // InternalItup.g:4491:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 
            // InternalItup.g:4492:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            // InternalItup.g:4492:3: rule__Goal__WsisActionLinesAssignment_6_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1__Impl"


    // $ANTLR start "rule__Target__Group__0"
    // InternalItup.g:4501:1: rule__Target__Group__0 : rule__Target__Group__0__Impl rule__Target__Group__1 ;
    public final void rule__Target__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4505:1: ( rule__Target__Group__0__Impl rule__Target__Group__1 )
            // InternalItup.g:4506:2: rule__Target__Group__0__Impl rule__Target__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Target__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0"


    // $ANTLR start "rule__Target__Group__0__Impl"
    // InternalItup.g:4513:1: rule__Target__Group__0__Impl : ( 'target' ) ;
    public final void rule__Target__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4517:1: ( ( 'target' ) )
            // InternalItup.g:4518:1: ( 'target' )
            {
            // InternalItup.g:4518:1: ( 'target' )
            // InternalItup.g:4519:2: 'target'
            {
             before(grammarAccess.getTargetAccess().getTargetKeyword_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getTargetKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0__Impl"


    // $ANTLR start "rule__Target__Group__1"
    // InternalItup.g:4528:1: rule__Target__Group__1 : rule__Target__Group__1__Impl rule__Target__Group__2 ;
    public final void rule__Target__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4532:1: ( rule__Target__Group__1__Impl rule__Target__Group__2 )
            // InternalItup.g:4533:2: rule__Target__Group__1__Impl rule__Target__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Target__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1"


    // $ANTLR start "rule__Target__Group__1__Impl"
    // InternalItup.g:4540:1: rule__Target__Group__1__Impl : ( ( rule__Target__NameAssignment_1 ) ) ;
    public final void rule__Target__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4544:1: ( ( ( rule__Target__NameAssignment_1 ) ) )
            // InternalItup.g:4545:1: ( ( rule__Target__NameAssignment_1 ) )
            {
            // InternalItup.g:4545:1: ( ( rule__Target__NameAssignment_1 ) )
            // InternalItup.g:4546:2: ( rule__Target__NameAssignment_1 )
            {
             before(grammarAccess.getTargetAccess().getNameAssignment_1()); 
            // InternalItup.g:4547:2: ( rule__Target__NameAssignment_1 )
            // InternalItup.g:4547:3: rule__Target__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1__Impl"


    // $ANTLR start "rule__Target__Group__2"
    // InternalItup.g:4555:1: rule__Target__Group__2 : rule__Target__Group__2__Impl rule__Target__Group__3 ;
    public final void rule__Target__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4559:1: ( rule__Target__Group__2__Impl rule__Target__Group__3 )
            // InternalItup.g:4560:2: rule__Target__Group__2__Impl rule__Target__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Target__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2"


    // $ANTLR start "rule__Target__Group__2__Impl"
    // InternalItup.g:4567:1: rule__Target__Group__2__Impl : ( ( rule__Target__StatementAssignment_2 )? ) ;
    public final void rule__Target__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4571:1: ( ( ( rule__Target__StatementAssignment_2 )? ) )
            // InternalItup.g:4572:1: ( ( rule__Target__StatementAssignment_2 )? )
            {
            // InternalItup.g:4572:1: ( ( rule__Target__StatementAssignment_2 )? )
            // InternalItup.g:4573:2: ( rule__Target__StatementAssignment_2 )?
            {
             before(grammarAccess.getTargetAccess().getStatementAssignment_2()); 
            // InternalItup.g:4574:2: ( rule__Target__StatementAssignment_2 )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==RULE_STRING) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:4574:3: rule__Target__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2__Impl"


    // $ANTLR start "rule__Target__Group__3"
    // InternalItup.g:4582:1: rule__Target__Group__3 : rule__Target__Group__3__Impl ;
    public final void rule__Target__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4586:1: ( rule__Target__Group__3__Impl )
            // InternalItup.g:4587:2: rule__Target__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3"


    // $ANTLR start "rule__Target__Group__3__Impl"
    // InternalItup.g:4593:1: rule__Target__Group__3__Impl : ( ( rule__Target__Group_3__0 )? ) ;
    public final void rule__Target__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4597:1: ( ( ( rule__Target__Group_3__0 )? ) )
            // InternalItup.g:4598:1: ( ( rule__Target__Group_3__0 )? )
            {
            // InternalItup.g:4598:1: ( ( rule__Target__Group_3__0 )? )
            // InternalItup.g:4599:2: ( rule__Target__Group_3__0 )?
            {
             before(grammarAccess.getTargetAccess().getGroup_3()); 
            // InternalItup.g:4600:2: ( rule__Target__Group_3__0 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==41) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalItup.g:4600:3: rule__Target__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3__Impl"


    // $ANTLR start "rule__Target__Group_3__0"
    // InternalItup.g:4609:1: rule__Target__Group_3__0 : rule__Target__Group_3__0__Impl rule__Target__Group_3__1 ;
    public final void rule__Target__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4613:1: ( rule__Target__Group_3__0__Impl rule__Target__Group_3__1 )
            // InternalItup.g:4614:2: rule__Target__Group_3__0__Impl rule__Target__Group_3__1
            {
            pushFollow(FOLLOW_35);
            rule__Target__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0"


    // $ANTLR start "rule__Target__Group_3__0__Impl"
    // InternalItup.g:4621:1: rule__Target__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Target__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4625:1: ( ( '{' ) )
            // InternalItup.g:4626:1: ( '{' )
            {
            // InternalItup.g:4626:1: ( '{' )
            // InternalItup.g:4627:2: '{'
            {
             before(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3__1"
    // InternalItup.g:4636:1: rule__Target__Group_3__1 : rule__Target__Group_3__1__Impl rule__Target__Group_3__2 ;
    public final void rule__Target__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4640:1: ( rule__Target__Group_3__1__Impl rule__Target__Group_3__2 )
            // InternalItup.g:4641:2: rule__Target__Group_3__1__Impl rule__Target__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Target__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1"


    // $ANTLR start "rule__Target__Group_3__1__Impl"
    // InternalItup.g:4648:1: rule__Target__Group_3__1__Impl : ( ( rule__Target__UnorderedGroup_3_1 ) ) ;
    public final void rule__Target__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4652:1: ( ( ( rule__Target__UnorderedGroup_3_1 ) ) )
            // InternalItup.g:4653:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            {
            // InternalItup.g:4653:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            // InternalItup.g:4654:2: ( rule__Target__UnorderedGroup_3_1 )
            {
             before(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 
            // InternalItup.g:4655:2: ( rule__Target__UnorderedGroup_3_1 )
            // InternalItup.g:4655:3: rule__Target__UnorderedGroup_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1__Impl"


    // $ANTLR start "rule__Target__Group_3__2"
    // InternalItup.g:4663:1: rule__Target__Group_3__2 : rule__Target__Group_3__2__Impl rule__Target__Group_3__3 ;
    public final void rule__Target__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4667:1: ( rule__Target__Group_3__2__Impl rule__Target__Group_3__3 )
            // InternalItup.g:4668:2: rule__Target__Group_3__2__Impl rule__Target__Group_3__3
            {
            pushFollow(FOLLOW_36);
            rule__Target__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2"


    // $ANTLR start "rule__Target__Group_3__2__Impl"
    // InternalItup.g:4675:1: rule__Target__Group_3__2__Impl : ( ( rule__Target__IndicatorsAssignment_3_2 )* ) ;
    public final void rule__Target__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4679:1: ( ( ( rule__Target__IndicatorsAssignment_3_2 )* ) )
            // InternalItup.g:4680:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            {
            // InternalItup.g:4680:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            // InternalItup.g:4681:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            {
             before(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 
            // InternalItup.g:4682:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            loop49:
            do {
                int alt49=2;
                int LA49_0 = input.LA(1);

                if ( (LA49_0==70) ) {
                    alt49=1;
                }


                switch (alt49) {
            	case 1 :
            	    // InternalItup.g:4682:3: rule__Target__IndicatorsAssignment_3_2
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Target__IndicatorsAssignment_3_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop49;
                }
            } while (true);

             after(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2__Impl"


    // $ANTLR start "rule__Target__Group_3__3"
    // InternalItup.g:4690:1: rule__Target__Group_3__3 : rule__Target__Group_3__3__Impl ;
    public final void rule__Target__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4694:1: ( rule__Target__Group_3__3__Impl )
            // InternalItup.g:4695:2: rule__Target__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3"


    // $ANTLR start "rule__Target__Group_3__3__Impl"
    // InternalItup.g:4701:1: rule__Target__Group_3__3__Impl : ( '}' ) ;
    public final void rule__Target__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4705:1: ( ( '}' ) )
            // InternalItup.g:4706:1: ( '}' )
            {
            // InternalItup.g:4706:1: ( '}' )
            // InternalItup.g:4707:2: '}'
            {
             before(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__0"
    // InternalItup.g:4717:1: rule__Target__Group_3_1_0__0 : rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 ;
    public final void rule__Target__Group_3_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4721:1: ( rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 )
            // InternalItup.g:4722:2: rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1
            {
            pushFollow(FOLLOW_8);
            rule__Target__Group_3_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_0__0__Impl"
    // InternalItup.g:4729:1: rule__Target__Group_3_1_0__0__Impl : ( 'by' ) ;
    public final void rule__Target__Group_3_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4733:1: ( ( 'by' ) )
            // InternalItup.g:4734:1: ( 'by' )
            {
            // InternalItup.g:4734:1: ( 'by' )
            // InternalItup.g:4735:2: 'by'
            {
             before(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__1"
    // InternalItup.g:4744:1: rule__Target__Group_3_1_0__1 : rule__Target__Group_3_1_0__1__Impl ;
    public final void rule__Target__Group_3_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4748:1: ( rule__Target__Group_3_1_0__1__Impl )
            // InternalItup.g:4749:2: rule__Target__Group_3_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_0__1__Impl"
    // InternalItup.g:4755:1: rule__Target__Group_3_1_0__1__Impl : ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4759:1: ( ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) )
            // InternalItup.g:4760:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            {
            // InternalItup.g:4760:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            // InternalItup.g:4761:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 
            // InternalItup.g:4762:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            // InternalItup.g:4762:3: rule__Target__DeadlineAssignment_3_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__DeadlineAssignment_3_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0"
    // InternalItup.g:4771:1: rule__Target__Group_3_1_1_0__0 : rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 ;
    public final void rule__Target__Group_3_1_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4775:1: ( rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 )
            // InternalItup.g:4776:2: rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1
            {
            pushFollow(FOLLOW_8);
            rule__Target__Group_3_1_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0__Impl"
    // InternalItup.g:4783:1: rule__Target__Group_3_1_1_0__0__Impl : ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) ;
    public final void rule__Target__Group_3_1_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4787:1: ( ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) )
            // InternalItup.g:4788:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            {
            // InternalItup.g:4788:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            // InternalItup.g:4789:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            {
             before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 
            // InternalItup.g:4790:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            // InternalItup.g:4790:3: rule__Target__KindAssignment_3_1_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Target__KindAssignment_3_1_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1"
    // InternalItup.g:4798:1: rule__Target__Group_3_1_1_0__1 : rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 ;
    public final void rule__Target__Group_3_1_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4802:1: ( rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 )
            // InternalItup.g:4803:2: rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2
            {
            pushFollow(FOLLOW_11);
            rule__Target__Group_3_1_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1__Impl"
    // InternalItup.g:4810:1: rule__Target__Group_3_1_1_0__1__Impl : ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4814:1: ( ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) )
            // InternalItup.g:4815:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            {
            // InternalItup.g:4815:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            // InternalItup.g:4816:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 
            // InternalItup.g:4817:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            // InternalItup.g:4817:3: rule__Target__ValueAssignment_3_1_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__ValueAssignment_3_1_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2"
    // InternalItup.g:4825:1: rule__Target__Group_3_1_1_0__2 : rule__Target__Group_3_1_1_0__2__Impl ;
    public final void rule__Target__Group_3_1_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4829:1: ( rule__Target__Group_3_1_1_0__2__Impl )
            // InternalItup.g:4830:2: rule__Target__Group_3_1_1_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2__Impl"
    // InternalItup.g:4836:1: rule__Target__Group_3_1_1_0__2__Impl : ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) ;
    public final void rule__Target__Group_3_1_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4840:1: ( ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) )
            // InternalItup.g:4841:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            {
            // InternalItup.g:4841:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            // InternalItup.g:4842:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            {
             before(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 
            // InternalItup.g:4843:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_STRING) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:4843:3: rule__Target__UnitAssignment_3_1_1_0_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnitAssignment_3_1_1_0_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__0"
    // InternalItup.g:4852:1: rule__Target__Group_3_1_3__0 : rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 ;
    public final void rule__Target__Group_3_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4856:1: ( rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 )
            // InternalItup.g:4857:2: rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Target__Group_3_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0"


    // $ANTLR start "rule__Target__Group_3_1_3__0__Impl"
    // InternalItup.g:4864:1: rule__Target__Group_3_1_3__0__Impl : ( 'population' ) ;
    public final void rule__Target__Group_3_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4868:1: ( ( 'population' ) )
            // InternalItup.g:4869:1: ( 'population' )
            {
            // InternalItup.g:4869:1: ( 'population' )
            // InternalItup.g:4870:2: 'population'
            {
             before(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__1"
    // InternalItup.g:4879:1: rule__Target__Group_3_1_3__1 : rule__Target__Group_3_1_3__1__Impl ;
    public final void rule__Target__Group_3_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4883:1: ( rule__Target__Group_3_1_3__1__Impl )
            // InternalItup.g:4884:2: rule__Target__Group_3_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1"


    // $ANTLR start "rule__Target__Group_3_1_3__1__Impl"
    // InternalItup.g:4890:1: rule__Target__Group_3_1_3__1__Impl : ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) ;
    public final void rule__Target__Group_3_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4894:1: ( ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) )
            // InternalItup.g:4895:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            {
            // InternalItup.g:4895:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            // InternalItup.g:4896:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            {
             before(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 
            // InternalItup.g:4897:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            // InternalItup.g:4897:3: rule__Target__PopulationAssignment_3_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__PopulationAssignment_3_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1__Impl"


    // $ANTLR start "rule__Baseline__Group__0"
    // InternalItup.g:4906:1: rule__Baseline__Group__0 : rule__Baseline__Group__0__Impl rule__Baseline__Group__1 ;
    public final void rule__Baseline__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4910:1: ( rule__Baseline__Group__0__Impl rule__Baseline__Group__1 )
            // InternalItup.g:4911:2: rule__Baseline__Group__0__Impl rule__Baseline__Group__1
            {
            pushFollow(FOLLOW_8);
            rule__Baseline__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0"


    // $ANTLR start "rule__Baseline__Group__0__Impl"
    // InternalItup.g:4918:1: rule__Baseline__Group__0__Impl : ( 'baseline' ) ;
    public final void rule__Baseline__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4922:1: ( ( 'baseline' ) )
            // InternalItup.g:4923:1: ( 'baseline' )
            {
            // InternalItup.g:4923:1: ( 'baseline' )
            // InternalItup.g:4924:2: 'baseline'
            {
             before(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0__Impl"


    // $ANTLR start "rule__Baseline__Group__1"
    // InternalItup.g:4933:1: rule__Baseline__Group__1 : rule__Baseline__Group__1__Impl rule__Baseline__Group__2 ;
    public final void rule__Baseline__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4937:1: ( rule__Baseline__Group__1__Impl rule__Baseline__Group__2 )
            // InternalItup.g:4938:2: rule__Baseline__Group__1__Impl rule__Baseline__Group__2
            {
            pushFollow(FOLLOW_38);
            rule__Baseline__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1"


    // $ANTLR start "rule__Baseline__Group__1__Impl"
    // InternalItup.g:4945:1: rule__Baseline__Group__1__Impl : ( ( rule__Baseline__YearAssignment_1 ) ) ;
    public final void rule__Baseline__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4949:1: ( ( ( rule__Baseline__YearAssignment_1 ) ) )
            // InternalItup.g:4950:1: ( ( rule__Baseline__YearAssignment_1 ) )
            {
            // InternalItup.g:4950:1: ( ( rule__Baseline__YearAssignment_1 ) )
            // InternalItup.g:4951:2: ( rule__Baseline__YearAssignment_1 )
            {
             before(grammarAccess.getBaselineAccess().getYearAssignment_1()); 
            // InternalItup.g:4952:2: ( rule__Baseline__YearAssignment_1 )
            // InternalItup.g:4952:3: rule__Baseline__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1__Impl"


    // $ANTLR start "rule__Baseline__Group__2"
    // InternalItup.g:4960:1: rule__Baseline__Group__2 : rule__Baseline__Group__2__Impl ;
    public final void rule__Baseline__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4964:1: ( rule__Baseline__Group__2__Impl )
            // InternalItup.g:4965:2: rule__Baseline__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2"


    // $ANTLR start "rule__Baseline__Group__2__Impl"
    // InternalItup.g:4971:1: rule__Baseline__Group__2__Impl : ( ( rule__Baseline__Alternatives_2 )? ) ;
    public final void rule__Baseline__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4975:1: ( ( ( rule__Baseline__Alternatives_2 )? ) )
            // InternalItup.g:4976:1: ( ( rule__Baseline__Alternatives_2 )? )
            {
            // InternalItup.g:4976:1: ( ( rule__Baseline__Alternatives_2 )? )
            // InternalItup.g:4977:2: ( rule__Baseline__Alternatives_2 )?
            {
             before(grammarAccess.getBaselineAccess().getAlternatives_2()); 
            // InternalItup.g:4978:2: ( rule__Baseline__Alternatives_2 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==58||LA51_0==84) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:4978:3: rule__Baseline__Alternatives_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Alternatives_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getAlternatives_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__0"
    // InternalItup.g:4987:1: rule__Baseline__Group_2_1__0 : rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 ;
    public final void rule__Baseline__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4991:1: ( rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 )
            // InternalItup.g:4992:2: rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1
            {
            pushFollow(FOLLOW_8);
            rule__Baseline__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0"


    // $ANTLR start "rule__Baseline__Group_2_1__0__Impl"
    // InternalItup.g:4999:1: rule__Baseline__Group_2_1__0__Impl : ( 'value' ) ;
    public final void rule__Baseline__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5003:1: ( ( 'value' ) )
            // InternalItup.g:5004:1: ( 'value' )
            {
            // InternalItup.g:5004:1: ( 'value' )
            // InternalItup.g:5005:2: 'value'
            {
             before(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__1"
    // InternalItup.g:5014:1: rule__Baseline__Group_2_1__1 : rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 ;
    public final void rule__Baseline__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5018:1: ( rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 )
            // InternalItup.g:5019:2: rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2
            {
            pushFollow(FOLLOW_11);
            rule__Baseline__Group_2_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1"


    // $ANTLR start "rule__Baseline__Group_2_1__1__Impl"
    // InternalItup.g:5026:1: rule__Baseline__Group_2_1__1__Impl : ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) ;
    public final void rule__Baseline__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5030:1: ( ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) )
            // InternalItup.g:5031:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            {
            // InternalItup.g:5031:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            // InternalItup.g:5032:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            {
             before(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 
            // InternalItup.g:5033:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            // InternalItup.g:5033:3: rule__Baseline__ValueAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__ValueAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__2"
    // InternalItup.g:5041:1: rule__Baseline__Group_2_1__2 : rule__Baseline__Group_2_1__2__Impl ;
    public final void rule__Baseline__Group_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5045:1: ( rule__Baseline__Group_2_1__2__Impl )
            // InternalItup.g:5046:2: rule__Baseline__Group_2_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2"


    // $ANTLR start "rule__Baseline__Group_2_1__2__Impl"
    // InternalItup.g:5052:1: rule__Baseline__Group_2_1__2__Impl : ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) ;
    public final void rule__Baseline__Group_2_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5056:1: ( ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) )
            // InternalItup.g:5057:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            {
            // InternalItup.g:5057:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            // InternalItup.g:5058:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            {
             before(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 
            // InternalItup.g:5059:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_STRING) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:5059:3: rule__Baseline__UnitAssignment_2_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__UnitAssignment_2_1_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group__0"
    // InternalItup.g:5068:1: rule__SdgLink__Group__0 : rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 ;
    public final void rule__SdgLink__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5072:1: ( rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 )
            // InternalItup.g:5073:2: rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1
            {
            pushFollow(FOLLOW_39);
            rule__SdgLink__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0"


    // $ANTLR start "rule__SdgLink__Group__0__Impl"
    // InternalItup.g:5080:1: rule__SdgLink__Group__0__Impl : ( ( rule__SdgLink__TargetAssignment_0 ) ) ;
    public final void rule__SdgLink__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5084:1: ( ( ( rule__SdgLink__TargetAssignment_0 ) ) )
            // InternalItup.g:5085:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            {
            // InternalItup.g:5085:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            // InternalItup.g:5086:2: ( rule__SdgLink__TargetAssignment_0 )
            {
             before(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 
            // InternalItup.g:5087:2: ( rule__SdgLink__TargetAssignment_0 )
            // InternalItup.g:5087:3: rule__SdgLink__TargetAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__TargetAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0__Impl"


    // $ANTLR start "rule__SdgLink__Group__1"
    // InternalItup.g:5095:1: rule__SdgLink__Group__1 : rule__SdgLink__Group__1__Impl ;
    public final void rule__SdgLink__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5099:1: ( rule__SdgLink__Group__1__Impl )
            // InternalItup.g:5100:2: rule__SdgLink__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1"


    // $ANTLR start "rule__SdgLink__Group__1__Impl"
    // InternalItup.g:5106:1: rule__SdgLink__Group__1__Impl : ( ( rule__SdgLink__Group_1__0 )? ) ;
    public final void rule__SdgLink__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5110:1: ( ( ( rule__SdgLink__Group_1__0 )? ) )
            // InternalItup.g:5111:1: ( ( rule__SdgLink__Group_1__0 )? )
            {
            // InternalItup.g:5111:1: ( ( rule__SdgLink__Group_1__0 )? )
            // InternalItup.g:5112:2: ( rule__SdgLink__Group_1__0 )?
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1()); 
            // InternalItup.g:5113:2: ( rule__SdgLink__Group_1__0 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==64) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalItup.g:5113:3: rule__SdgLink__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__SdgLink__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSdgLinkAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__0"
    // InternalItup.g:5122:1: rule__SdgLink__Group_1__0 : rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 ;
    public final void rule__SdgLink__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5126:1: ( rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 )
            // InternalItup.g:5127:2: rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1
            {
            pushFollow(FOLLOW_12);
            rule__SdgLink__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0"


    // $ANTLR start "rule__SdgLink__Group_1__0__Impl"
    // InternalItup.g:5134:1: rule__SdgLink__Group_1__0__Impl : ( '(' ) ;
    public final void rule__SdgLink__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5138:1: ( ( '(' ) )
            // InternalItup.g:5139:1: ( '(' )
            {
            // InternalItup.g:5139:1: ( '(' )
            // InternalItup.g:5140:2: '('
            {
             before(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__1"
    // InternalItup.g:5149:1: rule__SdgLink__Group_1__1 : rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 ;
    public final void rule__SdgLink__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5153:1: ( rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 )
            // InternalItup.g:5154:2: rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2
            {
            pushFollow(FOLLOW_40);
            rule__SdgLink__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1"


    // $ANTLR start "rule__SdgLink__Group_1__1__Impl"
    // InternalItup.g:5161:1: rule__SdgLink__Group_1__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) ;
    public final void rule__SdgLink__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5165:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) )
            // InternalItup.g:5166:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            {
            // InternalItup.g:5166:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            // InternalItup.g:5167:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 
            // InternalItup.g:5168:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            // InternalItup.g:5168:3: rule__SdgLink__IndicatorsAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__2"
    // InternalItup.g:5176:1: rule__SdgLink__Group_1__2 : rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 ;
    public final void rule__SdgLink__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5180:1: ( rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 )
            // InternalItup.g:5181:2: rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3
            {
            pushFollow(FOLLOW_40);
            rule__SdgLink__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2"


    // $ANTLR start "rule__SdgLink__Group_1__2__Impl"
    // InternalItup.g:5188:1: rule__SdgLink__Group_1__2__Impl : ( ( rule__SdgLink__Group_1_2__0 )* ) ;
    public final void rule__SdgLink__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5192:1: ( ( ( rule__SdgLink__Group_1_2__0 )* ) )
            // InternalItup.g:5193:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            {
            // InternalItup.g:5193:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            // InternalItup.g:5194:2: ( rule__SdgLink__Group_1_2__0 )*
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 
            // InternalItup.g:5195:2: ( rule__SdgLink__Group_1_2__0 )*
            loop54:
            do {
                int alt54=2;
                int LA54_0 = input.LA(1);

                if ( (LA54_0==39) ) {
                    alt54=1;
                }


                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:5195:3: rule__SdgLink__Group_1_2__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__SdgLink__Group_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop54;
                }
            } while (true);

             after(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__3"
    // InternalItup.g:5203:1: rule__SdgLink__Group_1__3 : rule__SdgLink__Group_1__3__Impl ;
    public final void rule__SdgLink__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5207:1: ( rule__SdgLink__Group_1__3__Impl )
            // InternalItup.g:5208:2: rule__SdgLink__Group_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3"


    // $ANTLR start "rule__SdgLink__Group_1__3__Impl"
    // InternalItup.g:5214:1: rule__SdgLink__Group_1__3__Impl : ( ')' ) ;
    public final void rule__SdgLink__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5218:1: ( ( ')' ) )
            // InternalItup.g:5219:1: ( ')' )
            {
            // InternalItup.g:5219:1: ( ')' )
            // InternalItup.g:5220:2: ')'
            {
             before(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__0"
    // InternalItup.g:5230:1: rule__SdgLink__Group_1_2__0 : rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 ;
    public final void rule__SdgLink__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5234:1: ( rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 )
            // InternalItup.g:5235:2: rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1
            {
            pushFollow(FOLLOW_12);
            rule__SdgLink__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0"


    // $ANTLR start "rule__SdgLink__Group_1_2__0__Impl"
    // InternalItup.g:5242:1: rule__SdgLink__Group_1_2__0__Impl : ( ',' ) ;
    public final void rule__SdgLink__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5246:1: ( ( ',' ) )
            // InternalItup.g:5247:1: ( ',' )
            {
            // InternalItup.g:5247:1: ( ',' )
            // InternalItup.g:5248:2: ','
            {
             before(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__1"
    // InternalItup.g:5257:1: rule__SdgLink__Group_1_2__1 : rule__SdgLink__Group_1_2__1__Impl ;
    public final void rule__SdgLink__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5261:1: ( rule__SdgLink__Group_1_2__1__Impl )
            // InternalItup.g:5262:2: rule__SdgLink__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1"


    // $ANTLR start "rule__SdgLink__Group_1_2__1__Impl"
    // InternalItup.g:5268:1: rule__SdgLink__Group_1_2__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) ;
    public final void rule__SdgLink__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5272:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) )
            // InternalItup.g:5273:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            {
            // InternalItup.g:5273:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            // InternalItup.g:5274:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 
            // InternalItup.g:5275:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            // InternalItup.g:5275:3: rule__SdgLink__IndicatorsAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1__Impl"


    // $ANTLR start "rule__Sector__Group__0"
    // InternalItup.g:5284:1: rule__Sector__Group__0 : rule__Sector__Group__0__Impl rule__Sector__Group__1 ;
    public final void rule__Sector__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5288:1: ( rule__Sector__Group__0__Impl rule__Sector__Group__1 )
            // InternalItup.g:5289:2: rule__Sector__Group__0__Impl rule__Sector__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Sector__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0"


    // $ANTLR start "rule__Sector__Group__0__Impl"
    // InternalItup.g:5296:1: rule__Sector__Group__0__Impl : ( ( rule__Sector__KindAssignment_0 ) ) ;
    public final void rule__Sector__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5300:1: ( ( ( rule__Sector__KindAssignment_0 ) ) )
            // InternalItup.g:5301:1: ( ( rule__Sector__KindAssignment_0 ) )
            {
            // InternalItup.g:5301:1: ( ( rule__Sector__KindAssignment_0 ) )
            // InternalItup.g:5302:2: ( rule__Sector__KindAssignment_0 )
            {
             before(grammarAccess.getSectorAccess().getKindAssignment_0()); 
            // InternalItup.g:5303:2: ( rule__Sector__KindAssignment_0 )
            // InternalItup.g:5303:3: rule__Sector__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0__Impl"


    // $ANTLR start "rule__Sector__Group__1"
    // InternalItup.g:5311:1: rule__Sector__Group__1 : rule__Sector__Group__1__Impl rule__Sector__Group__2 ;
    public final void rule__Sector__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5315:1: ( rule__Sector__Group__1__Impl rule__Sector__Group__2 )
            // InternalItup.g:5316:2: rule__Sector__Group__1__Impl rule__Sector__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Sector__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1"


    // $ANTLR start "rule__Sector__Group__1__Impl"
    // InternalItup.g:5323:1: rule__Sector__Group__1__Impl : ( ( rule__Sector__NameAssignment_1 ) ) ;
    public final void rule__Sector__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5327:1: ( ( ( rule__Sector__NameAssignment_1 ) ) )
            // InternalItup.g:5328:1: ( ( rule__Sector__NameAssignment_1 ) )
            {
            // InternalItup.g:5328:1: ( ( rule__Sector__NameAssignment_1 ) )
            // InternalItup.g:5329:2: ( rule__Sector__NameAssignment_1 )
            {
             before(grammarAccess.getSectorAccess().getNameAssignment_1()); 
            // InternalItup.g:5330:2: ( rule__Sector__NameAssignment_1 )
            // InternalItup.g:5330:3: rule__Sector__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1__Impl"


    // $ANTLR start "rule__Sector__Group__2"
    // InternalItup.g:5338:1: rule__Sector__Group__2 : rule__Sector__Group__2__Impl rule__Sector__Group__3 ;
    public final void rule__Sector__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5342:1: ( rule__Sector__Group__2__Impl rule__Sector__Group__3 )
            // InternalItup.g:5343:2: rule__Sector__Group__2__Impl rule__Sector__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Sector__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2"


    // $ANTLR start "rule__Sector__Group__2__Impl"
    // InternalItup.g:5350:1: rule__Sector__Group__2__Impl : ( ( rule__Sector__TitleAssignment_2 )? ) ;
    public final void rule__Sector__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5354:1: ( ( ( rule__Sector__TitleAssignment_2 )? ) )
            // InternalItup.g:5355:1: ( ( rule__Sector__TitleAssignment_2 )? )
            {
            // InternalItup.g:5355:1: ( ( rule__Sector__TitleAssignment_2 )? )
            // InternalItup.g:5356:2: ( rule__Sector__TitleAssignment_2 )?
            {
             before(grammarAccess.getSectorAccess().getTitleAssignment_2()); 
            // InternalItup.g:5357:2: ( rule__Sector__TitleAssignment_2 )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:5357:3: rule__Sector__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2__Impl"


    // $ANTLR start "rule__Sector__Group__3"
    // InternalItup.g:5365:1: rule__Sector__Group__3 : rule__Sector__Group__3__Impl rule__Sector__Group__4 ;
    public final void rule__Sector__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5369:1: ( rule__Sector__Group__3__Impl rule__Sector__Group__4 )
            // InternalItup.g:5370:2: rule__Sector__Group__3__Impl rule__Sector__Group__4
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3"


    // $ANTLR start "rule__Sector__Group__3__Impl"
    // InternalItup.g:5377:1: rule__Sector__Group__3__Impl : ( '{' ) ;
    public final void rule__Sector__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5381:1: ( ( '{' ) )
            // InternalItup.g:5382:1: ( '{' )
            {
            // InternalItup.g:5382:1: ( '{' )
            // InternalItup.g:5383:2: '{'
            {
             before(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3__Impl"


    // $ANTLR start "rule__Sector__Group__4"
    // InternalItup.g:5392:1: rule__Sector__Group__4 : rule__Sector__Group__4__Impl rule__Sector__Group__5 ;
    public final void rule__Sector__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5396:1: ( rule__Sector__Group__4__Impl rule__Sector__Group__5 )
            // InternalItup.g:5397:2: rule__Sector__Group__4__Impl rule__Sector__Group__5
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4"


    // $ANTLR start "rule__Sector__Group__4__Impl"
    // InternalItup.g:5404:1: rule__Sector__Group__4__Impl : ( ( rule__Sector__Group_4__0 )? ) ;
    public final void rule__Sector__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5408:1: ( ( ( rule__Sector__Group_4__0 )? ) )
            // InternalItup.g:5409:1: ( ( rule__Sector__Group_4__0 )? )
            {
            // InternalItup.g:5409:1: ( ( rule__Sector__Group_4__0 )? )
            // InternalItup.g:5410:2: ( rule__Sector__Group_4__0 )?
            {
             before(grammarAccess.getSectorAccess().getGroup_4()); 
            // InternalItup.g:5411:2: ( rule__Sector__Group_4__0 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==66) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:5411:3: rule__Sector__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4__Impl"


    // $ANTLR start "rule__Sector__Group__5"
    // InternalItup.g:5419:1: rule__Sector__Group__5 : rule__Sector__Group__5__Impl rule__Sector__Group__6 ;
    public final void rule__Sector__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5423:1: ( rule__Sector__Group__5__Impl rule__Sector__Group__6 )
            // InternalItup.g:5424:2: rule__Sector__Group__5__Impl rule__Sector__Group__6
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5"


    // $ANTLR start "rule__Sector__Group__5__Impl"
    // InternalItup.g:5431:1: rule__Sector__Group__5__Impl : ( ( rule__Sector__Alternatives_5 )* ) ;
    public final void rule__Sector__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5435:1: ( ( ( rule__Sector__Alternatives_5 )* ) )
            // InternalItup.g:5436:1: ( ( rule__Sector__Alternatives_5 )* )
            {
            // InternalItup.g:5436:1: ( ( rule__Sector__Alternatives_5 )* )
            // InternalItup.g:5437:2: ( rule__Sector__Alternatives_5 )*
            {
             before(grammarAccess.getSectorAccess().getAlternatives_5()); 
            // InternalItup.g:5438:2: ( rule__Sector__Alternatives_5 )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==52||LA57_0==73) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:5438:3: rule__Sector__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_42);
            	    rule__Sector__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

             after(grammarAccess.getSectorAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5__Impl"


    // $ANTLR start "rule__Sector__Group__6"
    // InternalItup.g:5446:1: rule__Sector__Group__6 : rule__Sector__Group__6__Impl ;
    public final void rule__Sector__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5450:1: ( rule__Sector__Group__6__Impl )
            // InternalItup.g:5451:2: rule__Sector__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6"


    // $ANTLR start "rule__Sector__Group__6__Impl"
    // InternalItup.g:5457:1: rule__Sector__Group__6__Impl : ( '}' ) ;
    public final void rule__Sector__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5461:1: ( ( '}' ) )
            // InternalItup.g:5462:1: ( '}' )
            {
            // InternalItup.g:5462:1: ( '}' )
            // InternalItup.g:5463:2: '}'
            {
             before(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6__Impl"


    // $ANTLR start "rule__Sector__Group_4__0"
    // InternalItup.g:5473:1: rule__Sector__Group_4__0 : rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 ;
    public final void rule__Sector__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5477:1: ( rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 )
            // InternalItup.g:5478:2: rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1
            {
            pushFollow(FOLLOW_12);
            rule__Sector__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0"


    // $ANTLR start "rule__Sector__Group_4__0__Impl"
    // InternalItup.g:5485:1: rule__Sector__Group_4__0__Impl : ( 'bureau' ) ;
    public final void rule__Sector__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5489:1: ( ( 'bureau' ) )
            // InternalItup.g:5490:1: ( 'bureau' )
            {
            // InternalItup.g:5490:1: ( 'bureau' )
            // InternalItup.g:5491:2: 'bureau'
            {
             before(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0__Impl"


    // $ANTLR start "rule__Sector__Group_4__1"
    // InternalItup.g:5500:1: rule__Sector__Group_4__1 : rule__Sector__Group_4__1__Impl ;
    public final void rule__Sector__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5504:1: ( rule__Sector__Group_4__1__Impl )
            // InternalItup.g:5505:2: rule__Sector__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1"


    // $ANTLR start "rule__Sector__Group_4__1__Impl"
    // InternalItup.g:5511:1: rule__Sector__Group_4__1__Impl : ( ( rule__Sector__BureauAssignment_4_1 ) ) ;
    public final void rule__Sector__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5515:1: ( ( ( rule__Sector__BureauAssignment_4_1 ) ) )
            // InternalItup.g:5516:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            {
            // InternalItup.g:5516:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            // InternalItup.g:5517:2: ( rule__Sector__BureauAssignment_4_1 )
            {
             before(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 
            // InternalItup.g:5518:2: ( rule__Sector__BureauAssignment_4_1 )
            // InternalItup.g:5518:3: rule__Sector__BureauAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__BureauAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1__Impl"


    // $ANTLR start "rule__Bureau__Group__0"
    // InternalItup.g:5527:1: rule__Bureau__Group__0 : rule__Bureau__Group__0__Impl rule__Bureau__Group__1 ;
    public final void rule__Bureau__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5531:1: ( rule__Bureau__Group__0__Impl rule__Bureau__Group__1 )
            // InternalItup.g:5532:2: rule__Bureau__Group__0__Impl rule__Bureau__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Bureau__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0"


    // $ANTLR start "rule__Bureau__Group__0__Impl"
    // InternalItup.g:5539:1: rule__Bureau__Group__0__Impl : ( ( rule__Bureau__NameAssignment_0 ) ) ;
    public final void rule__Bureau__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5543:1: ( ( ( rule__Bureau__NameAssignment_0 ) ) )
            // InternalItup.g:5544:1: ( ( rule__Bureau__NameAssignment_0 ) )
            {
            // InternalItup.g:5544:1: ( ( rule__Bureau__NameAssignment_0 ) )
            // InternalItup.g:5545:2: ( rule__Bureau__NameAssignment_0 )
            {
             before(grammarAccess.getBureauAccess().getNameAssignment_0()); 
            // InternalItup.g:5546:2: ( rule__Bureau__NameAssignment_0 )
            // InternalItup.g:5546:3: rule__Bureau__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0__Impl"


    // $ANTLR start "rule__Bureau__Group__1"
    // InternalItup.g:5554:1: rule__Bureau__Group__1 : rule__Bureau__Group__1__Impl ;
    public final void rule__Bureau__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5558:1: ( rule__Bureau__Group__1__Impl )
            // InternalItup.g:5559:2: rule__Bureau__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1"


    // $ANTLR start "rule__Bureau__Group__1__Impl"
    // InternalItup.g:5565:1: rule__Bureau__Group__1__Impl : ( ( rule__Bureau__TitleAssignment_1 )? ) ;
    public final void rule__Bureau__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5569:1: ( ( ( rule__Bureau__TitleAssignment_1 )? ) )
            // InternalItup.g:5570:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            {
            // InternalItup.g:5570:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            // InternalItup.g:5571:2: ( rule__Bureau__TitleAssignment_1 )?
            {
             before(grammarAccess.getBureauAccess().getTitleAssignment_1()); 
            // InternalItup.g:5572:2: ( rule__Bureau__TitleAssignment_1 )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==RULE_STRING) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:5572:3: rule__Bureau__TitleAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Bureau__TitleAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBureauAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__0"
    // InternalItup.g:5581:1: rule__Objective__Group__0 : rule__Objective__Group__0__Impl rule__Objective__Group__1 ;
    public final void rule__Objective__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5585:1: ( rule__Objective__Group__0__Impl rule__Objective__Group__1 )
            // InternalItup.g:5586:2: rule__Objective__Group__0__Impl rule__Objective__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0"


    // $ANTLR start "rule__Objective__Group__0__Impl"
    // InternalItup.g:5593:1: rule__Objective__Group__0__Impl : ( 'objective' ) ;
    public final void rule__Objective__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5597:1: ( ( 'objective' ) )
            // InternalItup.g:5598:1: ( 'objective' )
            {
            // InternalItup.g:5598:1: ( 'objective' )
            // InternalItup.g:5599:2: 'objective'
            {
             before(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0__Impl"


    // $ANTLR start "rule__Objective__Group__1"
    // InternalItup.g:5608:1: rule__Objective__Group__1 : rule__Objective__Group__1__Impl rule__Objective__Group__2 ;
    public final void rule__Objective__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5612:1: ( rule__Objective__Group__1__Impl rule__Objective__Group__2 )
            // InternalItup.g:5613:2: rule__Objective__Group__1__Impl rule__Objective__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1"


    // $ANTLR start "rule__Objective__Group__1__Impl"
    // InternalItup.g:5620:1: rule__Objective__Group__1__Impl : ( ( rule__Objective__NameAssignment_1 ) ) ;
    public final void rule__Objective__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5624:1: ( ( ( rule__Objective__NameAssignment_1 ) ) )
            // InternalItup.g:5625:1: ( ( rule__Objective__NameAssignment_1 ) )
            {
            // InternalItup.g:5625:1: ( ( rule__Objective__NameAssignment_1 ) )
            // InternalItup.g:5626:2: ( rule__Objective__NameAssignment_1 )
            {
             before(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 
            // InternalItup.g:5627:2: ( rule__Objective__NameAssignment_1 )
            // InternalItup.g:5627:3: rule__Objective__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__2"
    // InternalItup.g:5635:1: rule__Objective__Group__2 : rule__Objective__Group__2__Impl rule__Objective__Group__3 ;
    public final void rule__Objective__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5639:1: ( rule__Objective__Group__2__Impl rule__Objective__Group__3 )
            // InternalItup.g:5640:2: rule__Objective__Group__2__Impl rule__Objective__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2"


    // $ANTLR start "rule__Objective__Group__2__Impl"
    // InternalItup.g:5647:1: rule__Objective__Group__2__Impl : ( ( rule__Objective__TitleAssignment_2 )? ) ;
    public final void rule__Objective__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5651:1: ( ( ( rule__Objective__TitleAssignment_2 )? ) )
            // InternalItup.g:5652:1: ( ( rule__Objective__TitleAssignment_2 )? )
            {
            // InternalItup.g:5652:1: ( ( rule__Objective__TitleAssignment_2 )? )
            // InternalItup.g:5653:2: ( rule__Objective__TitleAssignment_2 )?
            {
             before(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 
            // InternalItup.g:5654:2: ( rule__Objective__TitleAssignment_2 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:5654:3: rule__Objective__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2__Impl"


    // $ANTLR start "rule__Objective__Group__3"
    // InternalItup.g:5662:1: rule__Objective__Group__3 : rule__Objective__Group__3__Impl rule__Objective__Group__4 ;
    public final void rule__Objective__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5666:1: ( rule__Objective__Group__3__Impl rule__Objective__Group__4 )
            // InternalItup.g:5667:2: rule__Objective__Group__3__Impl rule__Objective__Group__4
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3"


    // $ANTLR start "rule__Objective__Group__3__Impl"
    // InternalItup.g:5674:1: rule__Objective__Group__3__Impl : ( '{' ) ;
    public final void rule__Objective__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5678:1: ( ( '{' ) )
            // InternalItup.g:5679:1: ( '{' )
            {
            // InternalItup.g:5679:1: ( '{' )
            // InternalItup.g:5680:2: '{'
            {
             before(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3__Impl"


    // $ANTLR start "rule__Objective__Group__4"
    // InternalItup.g:5689:1: rule__Objective__Group__4 : rule__Objective__Group__4__Impl rule__Objective__Group__5 ;
    public final void rule__Objective__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5693:1: ( rule__Objective__Group__4__Impl rule__Objective__Group__5 )
            // InternalItup.g:5694:2: rule__Objective__Group__4__Impl rule__Objective__Group__5
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4"


    // $ANTLR start "rule__Objective__Group__4__Impl"
    // InternalItup.g:5701:1: rule__Objective__Group__4__Impl : ( ( rule__Objective__Group_4__0 )? ) ;
    public final void rule__Objective__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5705:1: ( ( ( rule__Objective__Group_4__0 )? ) )
            // InternalItup.g:5706:1: ( ( rule__Objective__Group_4__0 )? )
            {
            // InternalItup.g:5706:1: ( ( rule__Objective__Group_4__0 )? )
            // InternalItup.g:5707:2: ( rule__Objective__Group_4__0 )?
            {
             before(grammarAccess.getObjectiveAccess().getGroup_4()); 
            // InternalItup.g:5708:2: ( rule__Objective__Group_4__0 )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==59) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:5708:3: rule__Objective__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4__Impl"


    // $ANTLR start "rule__Objective__Group__5"
    // InternalItup.g:5716:1: rule__Objective__Group__5 : rule__Objective__Group__5__Impl rule__Objective__Group__6 ;
    public final void rule__Objective__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5720:1: ( rule__Objective__Group__5__Impl rule__Objective__Group__6 )
            // InternalItup.g:5721:2: rule__Objective__Group__5__Impl rule__Objective__Group__6
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5"


    // $ANTLR start "rule__Objective__Group__5__Impl"
    // InternalItup.g:5728:1: rule__Objective__Group__5__Impl : ( ( rule__Objective__Alternatives_5 )* ) ;
    public final void rule__Objective__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5732:1: ( ( ( rule__Objective__Alternatives_5 )* ) )
            // InternalItup.g:5733:1: ( ( rule__Objective__Alternatives_5 )* )
            {
            // InternalItup.g:5733:1: ( ( rule__Objective__Alternatives_5 )* )
            // InternalItup.g:5734:2: ( rule__Objective__Alternatives_5 )*
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5()); 
            // InternalItup.g:5735:2: ( rule__Objective__Alternatives_5 )*
            loop61:
            do {
                int alt61=2;
                int LA61_0 = input.LA(1);

                if ( (LA61_0==43||LA61_0==53||(LA61_0>=67 && LA61_0<=69)) ) {
                    alt61=1;
                }


                switch (alt61) {
            	case 1 :
            	    // InternalItup.g:5735:3: rule__Objective__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__Objective__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop61;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5__Impl"


    // $ANTLR start "rule__Objective__Group__6"
    // InternalItup.g:5743:1: rule__Objective__Group__6 : rule__Objective__Group__6__Impl ;
    public final void rule__Objective__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5747:1: ( rule__Objective__Group__6__Impl )
            // InternalItup.g:5748:2: rule__Objective__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6"


    // $ANTLR start "rule__Objective__Group__6__Impl"
    // InternalItup.g:5754:1: rule__Objective__Group__6__Impl : ( '}' ) ;
    public final void rule__Objective__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5758:1: ( ( '}' ) )
            // InternalItup.g:5759:1: ( '}' )
            {
            // InternalItup.g:5759:1: ( '}' )
            // InternalItup.g:5760:2: '}'
            {
             before(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6__Impl"


    // $ANTLR start "rule__Objective__Group_4__0"
    // InternalItup.g:5770:1: rule__Objective__Group_4__0 : rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 ;
    public final void rule__Objective__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5774:1: ( rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 )
            // InternalItup.g:5775:2: rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0"


    // $ANTLR start "rule__Objective__Group_4__0__Impl"
    // InternalItup.g:5782:1: rule__Objective__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Objective__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5786:1: ( ( 'statement' ) )
            // InternalItup.g:5787:1: ( 'statement' )
            {
            // InternalItup.g:5787:1: ( 'statement' )
            // InternalItup.g:5788:2: 'statement'
            {
             before(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0__Impl"


    // $ANTLR start "rule__Objective__Group_4__1"
    // InternalItup.g:5797:1: rule__Objective__Group_4__1 : rule__Objective__Group_4__1__Impl ;
    public final void rule__Objective__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5801:1: ( rule__Objective__Group_4__1__Impl )
            // InternalItup.g:5802:2: rule__Objective__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1"


    // $ANTLR start "rule__Objective__Group_4__1__Impl"
    // InternalItup.g:5808:1: rule__Objective__Group_4__1__Impl : ( ( rule__Objective__StatementAssignment_4_1 ) ) ;
    public final void rule__Objective__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5812:1: ( ( ( rule__Objective__StatementAssignment_4_1 ) ) )
            // InternalItup.g:5813:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:5813:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            // InternalItup.g:5814:2: ( rule__Objective__StatementAssignment_4_1 )
            {
             before(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:5815:2: ( rule__Objective__StatementAssignment_4_1 )
            // InternalItup.g:5815:3: rule__Objective__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__0"
    // InternalItup.g:5824:1: rule__Objective__Group_5_0__0 : rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 ;
    public final void rule__Objective__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5828:1: ( rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 )
            // InternalItup.g:5829:2: rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1
            {
            pushFollow(FOLLOW_45);
            rule__Objective__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0"


    // $ANTLR start "rule__Objective__Group_5_0__0__Impl"
    // InternalItup.g:5836:1: rule__Objective__Group_5_0__0__Impl : ( 'primary' ) ;
    public final void rule__Objective__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5840:1: ( ( 'primary' ) )
            // InternalItup.g:5841:1: ( 'primary' )
            {
            // InternalItup.g:5841:1: ( 'primary' )
            // InternalItup.g:5842:2: 'primary'
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__1"
    // InternalItup.g:5851:1: rule__Objective__Group_5_0__1 : rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 ;
    public final void rule__Objective__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5855:1: ( rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 )
            // InternalItup.g:5856:2: rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1"


    // $ANTLR start "rule__Objective__Group_5_0__1__Impl"
    // InternalItup.g:5863:1: rule__Objective__Group_5_0__1__Impl : ( ( rule__Objective__Alternatives_5_0_1 ) ) ;
    public final void rule__Objective__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5867:1: ( ( ( rule__Objective__Alternatives_5_0_1 ) ) )
            // InternalItup.g:5868:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            {
            // InternalItup.g:5868:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            // InternalItup.g:5869:2: ( rule__Objective__Alternatives_5_0_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 
            // InternalItup.g:5870:2: ( rule__Objective__Alternatives_5_0_1 )
            // InternalItup.g:5870:3: rule__Objective__Alternatives_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__2"
    // InternalItup.g:5878:1: rule__Objective__Group_5_0__2 : rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 ;
    public final void rule__Objective__Group_5_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5882:1: ( rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 )
            // InternalItup.g:5883:2: rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3
            {
            pushFollow(FOLLOW_13);
            rule__Objective__Group_5_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2"


    // $ANTLR start "rule__Objective__Group_5_0__2__Impl"
    // InternalItup.g:5890:1: rule__Objective__Group_5_0__2__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) ;
    public final void rule__Objective__Group_5_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5894:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) )
            // InternalItup.g:5895:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            {
            // InternalItup.g:5895:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            // InternalItup.g:5896:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 
            // InternalItup.g:5897:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            // InternalItup.g:5897:3: rule__Objective__PrimaryGoalsAssignment_5_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__3"
    // InternalItup.g:5905:1: rule__Objective__Group_5_0__3 : rule__Objective__Group_5_0__3__Impl ;
    public final void rule__Objective__Group_5_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5909:1: ( rule__Objective__Group_5_0__3__Impl )
            // InternalItup.g:5910:2: rule__Objective__Group_5_0__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3"


    // $ANTLR start "rule__Objective__Group_5_0__3__Impl"
    // InternalItup.g:5916:1: rule__Objective__Group_5_0__3__Impl : ( ( rule__Objective__Group_5_0_3__0 )* ) ;
    public final void rule__Objective__Group_5_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5920:1: ( ( ( rule__Objective__Group_5_0_3__0 )* ) )
            // InternalItup.g:5921:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            {
            // InternalItup.g:5921:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            // InternalItup.g:5922:2: ( rule__Objective__Group_5_0_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 
            // InternalItup.g:5923:2: ( rule__Objective__Group_5_0_3__0 )*
            loop62:
            do {
                int alt62=2;
                int LA62_0 = input.LA(1);

                if ( (LA62_0==39) ) {
                    alt62=1;
                }


                switch (alt62) {
            	case 1 :
            	    // InternalItup.g:5923:3: rule__Objective__Group_5_0_3__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Objective__Group_5_0_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop62;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__0"
    // InternalItup.g:5932:1: rule__Objective__Group_5_0_3__0 : rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 ;
    public final void rule__Objective__Group_5_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5936:1: ( rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 )
            // InternalItup.g:5937:2: rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_0_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0"


    // $ANTLR start "rule__Objective__Group_5_0_3__0__Impl"
    // InternalItup.g:5944:1: rule__Objective__Group_5_0_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5948:1: ( ( ',' ) )
            // InternalItup.g:5949:1: ( ',' )
            {
            // InternalItup.g:5949:1: ( ',' )
            // InternalItup.g:5950:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__1"
    // InternalItup.g:5959:1: rule__Objective__Group_5_0_3__1 : rule__Objective__Group_5_0_3__1__Impl ;
    public final void rule__Objective__Group_5_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5963:1: ( rule__Objective__Group_5_0_3__1__Impl )
            // InternalItup.g:5964:2: rule__Objective__Group_5_0_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1"


    // $ANTLR start "rule__Objective__Group_5_0_3__1__Impl"
    // InternalItup.g:5970:1: rule__Objective__Group_5_0_3__1__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) ;
    public final void rule__Objective__Group_5_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5974:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) )
            // InternalItup.g:5975:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            {
            // InternalItup.g:5975:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            // InternalItup.g:5976:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 
            // InternalItup.g:5977:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            // InternalItup.g:5977:3: rule__Objective__PrimaryGoalsAssignment_5_0_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__0"
    // InternalItup.g:5986:1: rule__Objective__Group_5_1__0 : rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 ;
    public final void rule__Objective__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5990:1: ( rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 )
            // InternalItup.g:5991:2: rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1
            {
            pushFollow(FOLLOW_45);
            rule__Objective__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0"


    // $ANTLR start "rule__Objective__Group_5_1__0__Impl"
    // InternalItup.g:5998:1: rule__Objective__Group_5_1__0__Impl : ( 'secondary' ) ;
    public final void rule__Objective__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6002:1: ( ( 'secondary' ) )
            // InternalItup.g:6003:1: ( 'secondary' )
            {
            // InternalItup.g:6003:1: ( 'secondary' )
            // InternalItup.g:6004:2: 'secondary'
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__1"
    // InternalItup.g:6013:1: rule__Objective__Group_5_1__1 : rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 ;
    public final void rule__Objective__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6017:1: ( rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 )
            // InternalItup.g:6018:2: rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1"


    // $ANTLR start "rule__Objective__Group_5_1__1__Impl"
    // InternalItup.g:6025:1: rule__Objective__Group_5_1__1__Impl : ( ( rule__Objective__Alternatives_5_1_1 ) ) ;
    public final void rule__Objective__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6029:1: ( ( ( rule__Objective__Alternatives_5_1_1 ) ) )
            // InternalItup.g:6030:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            {
            // InternalItup.g:6030:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            // InternalItup.g:6031:2: ( rule__Objective__Alternatives_5_1_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 
            // InternalItup.g:6032:2: ( rule__Objective__Alternatives_5_1_1 )
            // InternalItup.g:6032:3: rule__Objective__Alternatives_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__2"
    // InternalItup.g:6040:1: rule__Objective__Group_5_1__2 : rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 ;
    public final void rule__Objective__Group_5_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6044:1: ( rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 )
            // InternalItup.g:6045:2: rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3
            {
            pushFollow(FOLLOW_13);
            rule__Objective__Group_5_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2"


    // $ANTLR start "rule__Objective__Group_5_1__2__Impl"
    // InternalItup.g:6052:1: rule__Objective__Group_5_1__2__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) ;
    public final void rule__Objective__Group_5_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6056:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) )
            // InternalItup.g:6057:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            {
            // InternalItup.g:6057:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            // InternalItup.g:6058:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 
            // InternalItup.g:6059:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            // InternalItup.g:6059:3: rule__Objective__SecondaryGoalsAssignment_5_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__3"
    // InternalItup.g:6067:1: rule__Objective__Group_5_1__3 : rule__Objective__Group_5_1__3__Impl ;
    public final void rule__Objective__Group_5_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6071:1: ( rule__Objective__Group_5_1__3__Impl )
            // InternalItup.g:6072:2: rule__Objective__Group_5_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3"


    // $ANTLR start "rule__Objective__Group_5_1__3__Impl"
    // InternalItup.g:6078:1: rule__Objective__Group_5_1__3__Impl : ( ( rule__Objective__Group_5_1_3__0 )* ) ;
    public final void rule__Objective__Group_5_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6082:1: ( ( ( rule__Objective__Group_5_1_3__0 )* ) )
            // InternalItup.g:6083:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            {
            // InternalItup.g:6083:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            // InternalItup.g:6084:2: ( rule__Objective__Group_5_1_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 
            // InternalItup.g:6085:2: ( rule__Objective__Group_5_1_3__0 )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==39) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalItup.g:6085:3: rule__Objective__Group_5_1_3__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Objective__Group_5_1_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop63;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__0"
    // InternalItup.g:6094:1: rule__Objective__Group_5_1_3__0 : rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 ;
    public final void rule__Objective__Group_5_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6098:1: ( rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 )
            // InternalItup.g:6099:2: rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0"


    // $ANTLR start "rule__Objective__Group_5_1_3__0__Impl"
    // InternalItup.g:6106:1: rule__Objective__Group_5_1_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6110:1: ( ( ',' ) )
            // InternalItup.g:6111:1: ( ',' )
            {
            // InternalItup.g:6111:1: ( ',' )
            // InternalItup.g:6112:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__1"
    // InternalItup.g:6121:1: rule__Objective__Group_5_1_3__1 : rule__Objective__Group_5_1_3__1__Impl ;
    public final void rule__Objective__Group_5_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6125:1: ( rule__Objective__Group_5_1_3__1__Impl )
            // InternalItup.g:6126:2: rule__Objective__Group_5_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1"


    // $ANTLR start "rule__Objective__Group_5_1_3__1__Impl"
    // InternalItup.g:6132:1: rule__Objective__Group_5_1_3__1__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) ;
    public final void rule__Objective__Group_5_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6136:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) )
            // InternalItup.g:6137:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            {
            // InternalItup.g:6137:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            // InternalItup.g:6138:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 
            // InternalItup.g:6139:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            // InternalItup.g:6139:3: rule__Objective__SecondaryGoalsAssignment_5_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__0"
    // InternalItup.g:6148:1: rule__Objective__Group_5_2__0 : rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 ;
    public final void rule__Objective__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6152:1: ( rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 )
            // InternalItup.g:6153:2: rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0"


    // $ANTLR start "rule__Objective__Group_5_2__0__Impl"
    // InternalItup.g:6160:1: rule__Objective__Group_5_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Objective__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6164:1: ( ( 'wsis' ) )
            // InternalItup.g:6165:1: ( 'wsis' )
            {
            // InternalItup.g:6165:1: ( 'wsis' )
            // InternalItup.g:6166:2: 'wsis'
            {
             before(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__1"
    // InternalItup.g:6175:1: rule__Objective__Group_5_2__1 : rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 ;
    public final void rule__Objective__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6179:1: ( rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 )
            // InternalItup.g:6180:2: rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2
            {
            pushFollow(FOLLOW_13);
            rule__Objective__Group_5_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1"


    // $ANTLR start "rule__Objective__Group_5_2__1__Impl"
    // InternalItup.g:6187:1: rule__Objective__Group_5_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) ;
    public final void rule__Objective__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6191:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) )
            // InternalItup.g:6192:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            {
            // InternalItup.g:6192:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            // InternalItup.g:6193:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 
            // InternalItup.g:6194:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            // InternalItup.g:6194:3: rule__Objective__WsisActionLinesAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__2"
    // InternalItup.g:6202:1: rule__Objective__Group_5_2__2 : rule__Objective__Group_5_2__2__Impl ;
    public final void rule__Objective__Group_5_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6206:1: ( rule__Objective__Group_5_2__2__Impl )
            // InternalItup.g:6207:2: rule__Objective__Group_5_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2"


    // $ANTLR start "rule__Objective__Group_5_2__2__Impl"
    // InternalItup.g:6213:1: rule__Objective__Group_5_2__2__Impl : ( ( rule__Objective__Group_5_2_2__0 )* ) ;
    public final void rule__Objective__Group_5_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6217:1: ( ( ( rule__Objective__Group_5_2_2__0 )* ) )
            // InternalItup.g:6218:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            {
            // InternalItup.g:6218:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            // InternalItup.g:6219:2: ( rule__Objective__Group_5_2_2__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 
            // InternalItup.g:6220:2: ( rule__Objective__Group_5_2_2__0 )*
            loop64:
            do {
                int alt64=2;
                int LA64_0 = input.LA(1);

                if ( (LA64_0==39) ) {
                    alt64=1;
                }


                switch (alt64) {
            	case 1 :
            	    // InternalItup.g:6220:3: rule__Objective__Group_5_2_2__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Objective__Group_5_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop64;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__0"
    // InternalItup.g:6229:1: rule__Objective__Group_5_2_2__0 : rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 ;
    public final void rule__Objective__Group_5_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6233:1: ( rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 )
            // InternalItup.g:6234:2: rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0"


    // $ANTLR start "rule__Objective__Group_5_2_2__0__Impl"
    // InternalItup.g:6241:1: rule__Objective__Group_5_2_2__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6245:1: ( ( ',' ) )
            // InternalItup.g:6246:1: ( ',' )
            {
            // InternalItup.g:6246:1: ( ',' )
            // InternalItup.g:6247:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__1"
    // InternalItup.g:6256:1: rule__Objective__Group_5_2_2__1 : rule__Objective__Group_5_2_2__1__Impl ;
    public final void rule__Objective__Group_5_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6260:1: ( rule__Objective__Group_5_2_2__1__Impl )
            // InternalItup.g:6261:2: rule__Objective__Group_5_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1"


    // $ANTLR start "rule__Objective__Group_5_2_2__1__Impl"
    // InternalItup.g:6267:1: rule__Objective__Group_5_2_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) ;
    public final void rule__Objective__Group_5_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6271:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) )
            // InternalItup.g:6272:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            {
            // InternalItup.g:6272:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            // InternalItup.g:6273:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 
            // InternalItup.g:6274:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            // InternalItup.g:6274:3: rule__Objective__WsisActionLinesAssignment_5_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1__Impl"


    // $ANTLR start "rule__Outcome__Group__0"
    // InternalItup.g:6283:1: rule__Outcome__Group__0 : rule__Outcome__Group__0__Impl rule__Outcome__Group__1 ;
    public final void rule__Outcome__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6287:1: ( rule__Outcome__Group__0__Impl rule__Outcome__Group__1 )
            // InternalItup.g:6288:2: rule__Outcome__Group__0__Impl rule__Outcome__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Outcome__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0"


    // $ANTLR start "rule__Outcome__Group__0__Impl"
    // InternalItup.g:6295:1: rule__Outcome__Group__0__Impl : ( 'outcome' ) ;
    public final void rule__Outcome__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6299:1: ( ( 'outcome' ) )
            // InternalItup.g:6300:1: ( 'outcome' )
            {
            // InternalItup.g:6300:1: ( 'outcome' )
            // InternalItup.g:6301:2: 'outcome'
            {
             before(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0__Impl"


    // $ANTLR start "rule__Outcome__Group__1"
    // InternalItup.g:6310:1: rule__Outcome__Group__1 : rule__Outcome__Group__1__Impl rule__Outcome__Group__2 ;
    public final void rule__Outcome__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6314:1: ( rule__Outcome__Group__1__Impl rule__Outcome__Group__2 )
            // InternalItup.g:6315:2: rule__Outcome__Group__1__Impl rule__Outcome__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Outcome__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1"


    // $ANTLR start "rule__Outcome__Group__1__Impl"
    // InternalItup.g:6322:1: rule__Outcome__Group__1__Impl : ( ( rule__Outcome__NameAssignment_1 ) ) ;
    public final void rule__Outcome__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6326:1: ( ( ( rule__Outcome__NameAssignment_1 ) ) )
            // InternalItup.g:6327:1: ( ( rule__Outcome__NameAssignment_1 ) )
            {
            // InternalItup.g:6327:1: ( ( rule__Outcome__NameAssignment_1 ) )
            // InternalItup.g:6328:2: ( rule__Outcome__NameAssignment_1 )
            {
             before(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 
            // InternalItup.g:6329:2: ( rule__Outcome__NameAssignment_1 )
            // InternalItup.g:6329:3: rule__Outcome__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1__Impl"


    // $ANTLR start "rule__Outcome__Group__2"
    // InternalItup.g:6337:1: rule__Outcome__Group__2 : rule__Outcome__Group__2__Impl rule__Outcome__Group__3 ;
    public final void rule__Outcome__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6341:1: ( rule__Outcome__Group__2__Impl rule__Outcome__Group__3 )
            // InternalItup.g:6342:2: rule__Outcome__Group__2__Impl rule__Outcome__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Outcome__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2"


    // $ANTLR start "rule__Outcome__Group__2__Impl"
    // InternalItup.g:6349:1: rule__Outcome__Group__2__Impl : ( ( rule__Outcome__StatementAssignment_2 )? ) ;
    public final void rule__Outcome__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6353:1: ( ( ( rule__Outcome__StatementAssignment_2 )? ) )
            // InternalItup.g:6354:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            {
            // InternalItup.g:6354:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            // InternalItup.g:6355:2: ( rule__Outcome__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 
            // InternalItup.g:6356:2: ( rule__Outcome__StatementAssignment_2 )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==RULE_STRING) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalItup.g:6356:3: rule__Outcome__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2__Impl"


    // $ANTLR start "rule__Outcome__Group__3"
    // InternalItup.g:6364:1: rule__Outcome__Group__3 : rule__Outcome__Group__3__Impl ;
    public final void rule__Outcome__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6368:1: ( rule__Outcome__Group__3__Impl )
            // InternalItup.g:6369:2: rule__Outcome__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3"


    // $ANTLR start "rule__Outcome__Group__3__Impl"
    // InternalItup.g:6375:1: rule__Outcome__Group__3__Impl : ( ( rule__Outcome__Group_3__0 )? ) ;
    public final void rule__Outcome__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6379:1: ( ( ( rule__Outcome__Group_3__0 )? ) )
            // InternalItup.g:6380:1: ( ( rule__Outcome__Group_3__0 )? )
            {
            // InternalItup.g:6380:1: ( ( rule__Outcome__Group_3__0 )? )
            // InternalItup.g:6381:2: ( rule__Outcome__Group_3__0 )?
            {
             before(grammarAccess.getOutcomeAccess().getGroup_3()); 
            // InternalItup.g:6382:2: ( rule__Outcome__Group_3__0 )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==41) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:6382:3: rule__Outcome__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3__Impl"


    // $ANTLR start "rule__Outcome__Group_3__0"
    // InternalItup.g:6391:1: rule__Outcome__Group_3__0 : rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 ;
    public final void rule__Outcome__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6395:1: ( rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 )
            // InternalItup.g:6396:2: rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1
            {
            pushFollow(FOLLOW_36);
            rule__Outcome__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0"


    // $ANTLR start "rule__Outcome__Group_3__0__Impl"
    // InternalItup.g:6403:1: rule__Outcome__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Outcome__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6407:1: ( ( '{' ) )
            // InternalItup.g:6408:1: ( '{' )
            {
            // InternalItup.g:6408:1: ( '{' )
            // InternalItup.g:6409:2: '{'
            {
             before(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0__Impl"


    // $ANTLR start "rule__Outcome__Group_3__1"
    // InternalItup.g:6418:1: rule__Outcome__Group_3__1 : rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 ;
    public final void rule__Outcome__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6422:1: ( rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 )
            // InternalItup.g:6423:2: rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Outcome__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1"


    // $ANTLR start "rule__Outcome__Group_3__1__Impl"
    // InternalItup.g:6430:1: rule__Outcome__Group_3__1__Impl : ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Outcome__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6434:1: ( ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:6435:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:6435:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:6436:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:6437:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            loop67:
            do {
                int alt67=2;
                int LA67_0 = input.LA(1);

                if ( (LA67_0==70) ) {
                    alt67=1;
                }


                switch (alt67) {
            	case 1 :
            	    // InternalItup.g:6437:3: rule__Outcome__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Outcome__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop67;
                }
            } while (true);

             after(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1__Impl"


    // $ANTLR start "rule__Outcome__Group_3__2"
    // InternalItup.g:6445:1: rule__Outcome__Group_3__2 : rule__Outcome__Group_3__2__Impl ;
    public final void rule__Outcome__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6449:1: ( rule__Outcome__Group_3__2__Impl )
            // InternalItup.g:6450:2: rule__Outcome__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2"


    // $ANTLR start "rule__Outcome__Group_3__2__Impl"
    // InternalItup.g:6456:1: rule__Outcome__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Outcome__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6460:1: ( ( '}' ) )
            // InternalItup.g:6461:1: ( '}' )
            {
            // InternalItup.g:6461:1: ( '}' )
            // InternalItup.g:6462:2: '}'
            {
             before(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2__Impl"


    // $ANTLR start "rule__Output__Group__0"
    // InternalItup.g:6472:1: rule__Output__Group__0 : rule__Output__Group__0__Impl rule__Output__Group__1 ;
    public final void rule__Output__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6476:1: ( rule__Output__Group__0__Impl rule__Output__Group__1 )
            // InternalItup.g:6477:2: rule__Output__Group__0__Impl rule__Output__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Output__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0"


    // $ANTLR start "rule__Output__Group__0__Impl"
    // InternalItup.g:6484:1: rule__Output__Group__0__Impl : ( 'output' ) ;
    public final void rule__Output__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6488:1: ( ( 'output' ) )
            // InternalItup.g:6489:1: ( 'output' )
            {
            // InternalItup.g:6489:1: ( 'output' )
            // InternalItup.g:6490:2: 'output'
            {
             before(grammarAccess.getOutputAccess().getOutputKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0__Impl"


    // $ANTLR start "rule__Output__Group__1"
    // InternalItup.g:6499:1: rule__Output__Group__1 : rule__Output__Group__1__Impl rule__Output__Group__2 ;
    public final void rule__Output__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6503:1: ( rule__Output__Group__1__Impl rule__Output__Group__2 )
            // InternalItup.g:6504:2: rule__Output__Group__1__Impl rule__Output__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Output__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1"


    // $ANTLR start "rule__Output__Group__1__Impl"
    // InternalItup.g:6511:1: rule__Output__Group__1__Impl : ( ( rule__Output__NameAssignment_1 ) ) ;
    public final void rule__Output__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6515:1: ( ( ( rule__Output__NameAssignment_1 ) ) )
            // InternalItup.g:6516:1: ( ( rule__Output__NameAssignment_1 ) )
            {
            // InternalItup.g:6516:1: ( ( rule__Output__NameAssignment_1 ) )
            // InternalItup.g:6517:2: ( rule__Output__NameAssignment_1 )
            {
             before(grammarAccess.getOutputAccess().getNameAssignment_1()); 
            // InternalItup.g:6518:2: ( rule__Output__NameAssignment_1 )
            // InternalItup.g:6518:3: rule__Output__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Output__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1__Impl"


    // $ANTLR start "rule__Output__Group__2"
    // InternalItup.g:6526:1: rule__Output__Group__2 : rule__Output__Group__2__Impl rule__Output__Group__3 ;
    public final void rule__Output__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6530:1: ( rule__Output__Group__2__Impl rule__Output__Group__3 )
            // InternalItup.g:6531:2: rule__Output__Group__2__Impl rule__Output__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Output__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2"


    // $ANTLR start "rule__Output__Group__2__Impl"
    // InternalItup.g:6538:1: rule__Output__Group__2__Impl : ( ( rule__Output__StatementAssignment_2 )? ) ;
    public final void rule__Output__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6542:1: ( ( ( rule__Output__StatementAssignment_2 )? ) )
            // InternalItup.g:6543:1: ( ( rule__Output__StatementAssignment_2 )? )
            {
            // InternalItup.g:6543:1: ( ( rule__Output__StatementAssignment_2 )? )
            // InternalItup.g:6544:2: ( rule__Output__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutputAccess().getStatementAssignment_2()); 
            // InternalItup.g:6545:2: ( rule__Output__StatementAssignment_2 )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==RULE_STRING) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:6545:3: rule__Output__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2__Impl"


    // $ANTLR start "rule__Output__Group__3"
    // InternalItup.g:6553:1: rule__Output__Group__3 : rule__Output__Group__3__Impl ;
    public final void rule__Output__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6557:1: ( rule__Output__Group__3__Impl )
            // InternalItup.g:6558:2: rule__Output__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3"


    // $ANTLR start "rule__Output__Group__3__Impl"
    // InternalItup.g:6564:1: rule__Output__Group__3__Impl : ( ( rule__Output__Group_3__0 )? ) ;
    public final void rule__Output__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6568:1: ( ( ( rule__Output__Group_3__0 )? ) )
            // InternalItup.g:6569:1: ( ( rule__Output__Group_3__0 )? )
            {
            // InternalItup.g:6569:1: ( ( rule__Output__Group_3__0 )? )
            // InternalItup.g:6570:2: ( rule__Output__Group_3__0 )?
            {
             before(grammarAccess.getOutputAccess().getGroup_3()); 
            // InternalItup.g:6571:2: ( rule__Output__Group_3__0 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==41) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:6571:3: rule__Output__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3__Impl"


    // $ANTLR start "rule__Output__Group_3__0"
    // InternalItup.g:6580:1: rule__Output__Group_3__0 : rule__Output__Group_3__0__Impl rule__Output__Group_3__1 ;
    public final void rule__Output__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6584:1: ( rule__Output__Group_3__0__Impl rule__Output__Group_3__1 )
            // InternalItup.g:6585:2: rule__Output__Group_3__0__Impl rule__Output__Group_3__1
            {
            pushFollow(FOLLOW_36);
            rule__Output__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0"


    // $ANTLR start "rule__Output__Group_3__0__Impl"
    // InternalItup.g:6592:1: rule__Output__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Output__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6596:1: ( ( '{' ) )
            // InternalItup.g:6597:1: ( '{' )
            {
            // InternalItup.g:6597:1: ( '{' )
            // InternalItup.g:6598:2: '{'
            {
             before(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0__Impl"


    // $ANTLR start "rule__Output__Group_3__1"
    // InternalItup.g:6607:1: rule__Output__Group_3__1 : rule__Output__Group_3__1__Impl rule__Output__Group_3__2 ;
    public final void rule__Output__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6611:1: ( rule__Output__Group_3__1__Impl rule__Output__Group_3__2 )
            // InternalItup.g:6612:2: rule__Output__Group_3__1__Impl rule__Output__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Output__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1"


    // $ANTLR start "rule__Output__Group_3__1__Impl"
    // InternalItup.g:6619:1: rule__Output__Group_3__1__Impl : ( ( rule__Output__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Output__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6623:1: ( ( ( rule__Output__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:6624:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:6624:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:6625:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:6626:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            loop70:
            do {
                int alt70=2;
                int LA70_0 = input.LA(1);

                if ( (LA70_0==70) ) {
                    alt70=1;
                }


                switch (alt70) {
            	case 1 :
            	    // InternalItup.g:6626:3: rule__Output__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Output__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop70;
                }
            } while (true);

             after(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1__Impl"


    // $ANTLR start "rule__Output__Group_3__2"
    // InternalItup.g:6634:1: rule__Output__Group_3__2 : rule__Output__Group_3__2__Impl ;
    public final void rule__Output__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6638:1: ( rule__Output__Group_3__2__Impl )
            // InternalItup.g:6639:2: rule__Output__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2"


    // $ANTLR start "rule__Output__Group_3__2__Impl"
    // InternalItup.g:6645:1: rule__Output__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Output__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6649:1: ( ( '}' ) )
            // InternalItup.g:6650:1: ( '}' )
            {
            // InternalItup.g:6650:1: ( '}' )
            // InternalItup.g:6651:2: '}'
            {
             before(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__0"
    // InternalItup.g:6661:1: rule__PerformanceIndicator__Group__0 : rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 ;
    public final void rule__PerformanceIndicator__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6665:1: ( rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 )
            // InternalItup.g:6666:2: rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__PerformanceIndicator__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0"


    // $ANTLR start "rule__PerformanceIndicator__Group__0__Impl"
    // InternalItup.g:6673:1: rule__PerformanceIndicator__Group__0__Impl : ( 'indicator' ) ;
    public final void rule__PerformanceIndicator__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6677:1: ( ( 'indicator' ) )
            // InternalItup.g:6678:1: ( 'indicator' )
            {
            // InternalItup.g:6678:1: ( 'indicator' )
            // InternalItup.g:6679:2: 'indicator'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__1"
    // InternalItup.g:6688:1: rule__PerformanceIndicator__Group__1 : rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 ;
    public final void rule__PerformanceIndicator__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6692:1: ( rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 )
            // InternalItup.g:6693:2: rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2
            {
            pushFollow(FOLLOW_15);
            rule__PerformanceIndicator__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1"


    // $ANTLR start "rule__PerformanceIndicator__Group__1__Impl"
    // InternalItup.g:6700:1: rule__PerformanceIndicator__Group__1__Impl : ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) ;
    public final void rule__PerformanceIndicator__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6704:1: ( ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) )
            // InternalItup.g:6705:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            {
            // InternalItup.g:6705:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            // InternalItup.g:6706:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 
            // InternalItup.g:6707:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            // InternalItup.g:6707:3: rule__PerformanceIndicator__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__2"
    // InternalItup.g:6715:1: rule__PerformanceIndicator__Group__2 : rule__PerformanceIndicator__Group__2__Impl ;
    public final void rule__PerformanceIndicator__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6719:1: ( rule__PerformanceIndicator__Group__2__Impl )
            // InternalItup.g:6720:2: rule__PerformanceIndicator__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2"


    // $ANTLR start "rule__PerformanceIndicator__Group__2__Impl"
    // InternalItup.g:6726:1: rule__PerformanceIndicator__Group__2__Impl : ( ( rule__PerformanceIndicator__Group_2__0 )? ) ;
    public final void rule__PerformanceIndicator__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6730:1: ( ( ( rule__PerformanceIndicator__Group_2__0 )? ) )
            // InternalItup.g:6731:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            {
            // InternalItup.g:6731:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            // InternalItup.g:6732:2: ( rule__PerformanceIndicator__Group_2__0 )?
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 
            // InternalItup.g:6733:2: ( rule__PerformanceIndicator__Group_2__0 )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==41) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:6733:3: rule__PerformanceIndicator__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0"
    // InternalItup.g:6742:1: rule__PerformanceIndicator__Group_2__0 : rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 ;
    public final void rule__PerformanceIndicator__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6746:1: ( rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 )
            // InternalItup.g:6747:2: rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1
            {
            pushFollow(FOLLOW_46);
            rule__PerformanceIndicator__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0__Impl"
    // InternalItup.g:6754:1: rule__PerformanceIndicator__Group_2__0__Impl : ( '{' ) ;
    public final void rule__PerformanceIndicator__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6758:1: ( ( '{' ) )
            // InternalItup.g:6759:1: ( '{' )
            {
            // InternalItup.g:6759:1: ( '{' )
            // InternalItup.g:6760:2: '{'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1"
    // InternalItup.g:6769:1: rule__PerformanceIndicator__Group_2__1 : rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 ;
    public final void rule__PerformanceIndicator__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6773:1: ( rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 )
            // InternalItup.g:6774:2: rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2
            {
            pushFollow(FOLLOW_30);
            rule__PerformanceIndicator__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1__Impl"
    // InternalItup.g:6781:1: rule__PerformanceIndicator__Group_2__1__Impl : ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6785:1: ( ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) )
            // InternalItup.g:6786:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            {
            // InternalItup.g:6786:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            // InternalItup.g:6787:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 
            // InternalItup.g:6788:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            // InternalItup.g:6788:3: rule__PerformanceIndicator__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2"
    // InternalItup.g:6796:1: rule__PerformanceIndicator__Group_2__2 : rule__PerformanceIndicator__Group_2__2__Impl ;
    public final void rule__PerformanceIndicator__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6800:1: ( rule__PerformanceIndicator__Group_2__2__Impl )
            // InternalItup.g:6801:2: rule__PerformanceIndicator__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2__Impl"
    // InternalItup.g:6807:1: rule__PerformanceIndicator__Group_2__2__Impl : ( '}' ) ;
    public final void rule__PerformanceIndicator__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6811:1: ( ( '}' ) )
            // InternalItup.g:6812:1: ( '}' )
            {
            // InternalItup.g:6812:1: ( '}' )
            // InternalItup.g:6813:2: '}'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0"
    // InternalItup.g:6823:1: rule__PerformanceIndicator__Group_2_1_0__0 : rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6827:1: ( rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 )
            // InternalItup.g:6828:2: rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1
            {
            pushFollow(FOLLOW_11);
            rule__PerformanceIndicator__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0__Impl"
    // InternalItup.g:6835:1: rule__PerformanceIndicator__Group_2_1_0__0__Impl : ( 'unit' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6839:1: ( ( 'unit' ) )
            // InternalItup.g:6840:1: ( 'unit' )
            {
            // InternalItup.g:6840:1: ( 'unit' )
            // InternalItup.g:6841:2: 'unit'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1"
    // InternalItup.g:6850:1: rule__PerformanceIndicator__Group_2_1_0__1 : rule__PerformanceIndicator__Group_2_1_0__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6854:1: ( rule__PerformanceIndicator__Group_2_1_0__1__Impl )
            // InternalItup.g:6855:2: rule__PerformanceIndicator__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1__Impl"
    // InternalItup.g:6861:1: rule__PerformanceIndicator__Group_2_1_0__1__Impl : ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6865:1: ( ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) )
            // InternalItup.g:6866:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            {
            // InternalItup.g:6866:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            // InternalItup.g:6867:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 
            // InternalItup.g:6868:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            // InternalItup.g:6868:3: rule__PerformanceIndicator__UnitAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnitAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0"
    // InternalItup.g:6877:1: rule__PerformanceIndicator__Group_2_1_2__0 : rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6881:1: ( rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 )
            // InternalItup.g:6882:2: rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1
            {
            pushFollow(FOLLOW_8);
            rule__PerformanceIndicator__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0__Impl"
    // InternalItup.g:6889:1: rule__PerformanceIndicator__Group_2_1_2__0__Impl : ( 'target' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6893:1: ( ( 'target' ) )
            // InternalItup.g:6894:1: ( 'target' )
            {
            // InternalItup.g:6894:1: ( 'target' )
            // InternalItup.g:6895:2: 'target'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1"
    // InternalItup.g:6904:1: rule__PerformanceIndicator__Group_2_1_2__1 : rule__PerformanceIndicator__Group_2_1_2__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6908:1: ( rule__PerformanceIndicator__Group_2_1_2__1__Impl )
            // InternalItup.g:6909:2: rule__PerformanceIndicator__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1__Impl"
    // InternalItup.g:6915:1: rule__PerformanceIndicator__Group_2_1_2__1__Impl : ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6919:1: ( ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) )
            // InternalItup.g:6920:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            {
            // InternalItup.g:6920:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            // InternalItup.g:6921:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 
            // InternalItup.g:6922:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            // InternalItup.g:6922:3: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0"
    // InternalItup.g:6931:1: rule__PerformanceIndicator__Group_2_1_3__0 : rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6935:1: ( rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 )
            // InternalItup.g:6936:2: rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1
            {
            pushFollow(FOLLOW_47);
            rule__PerformanceIndicator__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0__Impl"
    // InternalItup.g:6943:1: rule__PerformanceIndicator__Group_2_1_3__0__Impl : ( 'direction' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6947:1: ( ( 'direction' ) )
            // InternalItup.g:6948:1: ( 'direction' )
            {
            // InternalItup.g:6948:1: ( 'direction' )
            // InternalItup.g:6949:2: 'direction'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1"
    // InternalItup.g:6958:1: rule__PerformanceIndicator__Group_2_1_3__1 : rule__PerformanceIndicator__Group_2_1_3__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6962:1: ( rule__PerformanceIndicator__Group_2_1_3__1__Impl )
            // InternalItup.g:6963:2: rule__PerformanceIndicator__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1__Impl"
    // InternalItup.g:6969:1: rule__PerformanceIndicator__Group_2_1_3__1__Impl : ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6973:1: ( ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) )
            // InternalItup.g:6974:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            {
            // InternalItup.g:6974:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            // InternalItup.g:6975:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 
            // InternalItup.g:6976:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            // InternalItup.g:6976:3: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__DirectionAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Enabler__Group__0"
    // InternalItup.g:6985:1: rule__Enabler__Group__0 : rule__Enabler__Group__0__Impl rule__Enabler__Group__1 ;
    public final void rule__Enabler__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6989:1: ( rule__Enabler__Group__0__Impl rule__Enabler__Group__1 )
            // InternalItup.g:6990:2: rule__Enabler__Group__0__Impl rule__Enabler__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__Enabler__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0"


    // $ANTLR start "rule__Enabler__Group__0__Impl"
    // InternalItup.g:6997:1: rule__Enabler__Group__0__Impl : ( 'enabler' ) ;
    public final void rule__Enabler__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7001:1: ( ( 'enabler' ) )
            // InternalItup.g:7002:1: ( 'enabler' )
            {
            // InternalItup.g:7002:1: ( 'enabler' )
            // InternalItup.g:7003:2: 'enabler'
            {
             before(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0__Impl"


    // $ANTLR start "rule__Enabler__Group__1"
    // InternalItup.g:7012:1: rule__Enabler__Group__1 : rule__Enabler__Group__1__Impl rule__Enabler__Group__2 ;
    public final void rule__Enabler__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7016:1: ( rule__Enabler__Group__1__Impl rule__Enabler__Group__2 )
            // InternalItup.g:7017:2: rule__Enabler__Group__1__Impl rule__Enabler__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Enabler__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1"


    // $ANTLR start "rule__Enabler__Group__1__Impl"
    // InternalItup.g:7024:1: rule__Enabler__Group__1__Impl : ( ( rule__Enabler__NameAssignment_1 ) ) ;
    public final void rule__Enabler__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7028:1: ( ( ( rule__Enabler__NameAssignment_1 ) ) )
            // InternalItup.g:7029:1: ( ( rule__Enabler__NameAssignment_1 ) )
            {
            // InternalItup.g:7029:1: ( ( rule__Enabler__NameAssignment_1 ) )
            // InternalItup.g:7030:2: ( rule__Enabler__NameAssignment_1 )
            {
             before(grammarAccess.getEnablerAccess().getNameAssignment_1()); 
            // InternalItup.g:7031:2: ( rule__Enabler__NameAssignment_1 )
            // InternalItup.g:7031:3: rule__Enabler__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1__Impl"


    // $ANTLR start "rule__Enabler__Group__2"
    // InternalItup.g:7039:1: rule__Enabler__Group__2 : rule__Enabler__Group__2__Impl rule__Enabler__Group__3 ;
    public final void rule__Enabler__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7043:1: ( rule__Enabler__Group__2__Impl rule__Enabler__Group__3 )
            // InternalItup.g:7044:2: rule__Enabler__Group__2__Impl rule__Enabler__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Enabler__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2"


    // $ANTLR start "rule__Enabler__Group__2__Impl"
    // InternalItup.g:7051:1: rule__Enabler__Group__2__Impl : ( ( rule__Enabler__TitleAssignment_2 )? ) ;
    public final void rule__Enabler__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7055:1: ( ( ( rule__Enabler__TitleAssignment_2 )? ) )
            // InternalItup.g:7056:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            {
            // InternalItup.g:7056:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            // InternalItup.g:7057:2: ( rule__Enabler__TitleAssignment_2 )?
            {
             before(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 
            // InternalItup.g:7058:2: ( rule__Enabler__TitleAssignment_2 )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==RULE_STRING) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalItup.g:7058:3: rule__Enabler__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2__Impl"


    // $ANTLR start "rule__Enabler__Group__3"
    // InternalItup.g:7066:1: rule__Enabler__Group__3 : rule__Enabler__Group__3__Impl rule__Enabler__Group__4 ;
    public final void rule__Enabler__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7070:1: ( rule__Enabler__Group__3__Impl rule__Enabler__Group__4 )
            // InternalItup.g:7071:2: rule__Enabler__Group__3__Impl rule__Enabler__Group__4
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3"


    // $ANTLR start "rule__Enabler__Group__3__Impl"
    // InternalItup.g:7078:1: rule__Enabler__Group__3__Impl : ( '{' ) ;
    public final void rule__Enabler__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7082:1: ( ( '{' ) )
            // InternalItup.g:7083:1: ( '{' )
            {
            // InternalItup.g:7083:1: ( '{' )
            // InternalItup.g:7084:2: '{'
            {
             before(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3__Impl"


    // $ANTLR start "rule__Enabler__Group__4"
    // InternalItup.g:7093:1: rule__Enabler__Group__4 : rule__Enabler__Group__4__Impl rule__Enabler__Group__5 ;
    public final void rule__Enabler__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7097:1: ( rule__Enabler__Group__4__Impl rule__Enabler__Group__5 )
            // InternalItup.g:7098:2: rule__Enabler__Group__4__Impl rule__Enabler__Group__5
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4"


    // $ANTLR start "rule__Enabler__Group__4__Impl"
    // InternalItup.g:7105:1: rule__Enabler__Group__4__Impl : ( ( rule__Enabler__Group_4__0 )? ) ;
    public final void rule__Enabler__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7109:1: ( ( ( rule__Enabler__Group_4__0 )? ) )
            // InternalItup.g:7110:1: ( ( rule__Enabler__Group_4__0 )? )
            {
            // InternalItup.g:7110:1: ( ( rule__Enabler__Group_4__0 )? )
            // InternalItup.g:7111:2: ( rule__Enabler__Group_4__0 )?
            {
             before(grammarAccess.getEnablerAccess().getGroup_4()); 
            // InternalItup.g:7112:2: ( rule__Enabler__Group_4__0 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==74) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:7112:3: rule__Enabler__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4__Impl"


    // $ANTLR start "rule__Enabler__Group__5"
    // InternalItup.g:7120:1: rule__Enabler__Group__5 : rule__Enabler__Group__5__Impl rule__Enabler__Group__6 ;
    public final void rule__Enabler__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7124:1: ( rule__Enabler__Group__5__Impl rule__Enabler__Group__6 )
            // InternalItup.g:7125:2: rule__Enabler__Group__5__Impl rule__Enabler__Group__6
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5"


    // $ANTLR start "rule__Enabler__Group__5__Impl"
    // InternalItup.g:7132:1: rule__Enabler__Group__5__Impl : ( ( rule__Enabler__Alternatives_5 )* ) ;
    public final void rule__Enabler__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7136:1: ( ( ( rule__Enabler__Alternatives_5 )* ) )
            // InternalItup.g:7137:1: ( ( rule__Enabler__Alternatives_5 )* )
            {
            // InternalItup.g:7137:1: ( ( rule__Enabler__Alternatives_5 )* )
            // InternalItup.g:7138:2: ( rule__Enabler__Alternatives_5 )*
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_5()); 
            // InternalItup.g:7139:2: ( rule__Enabler__Alternatives_5 )*
            loop74:
            do {
                int alt74=2;
                int LA74_0 = input.LA(1);

                if ( (LA74_0==55||(LA74_0>=75 && LA74_0<=76)) ) {
                    alt74=1;
                }


                switch (alt74) {
            	case 1 :
            	    // InternalItup.g:7139:3: rule__Enabler__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_49);
            	    rule__Enabler__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop74;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5__Impl"


    // $ANTLR start "rule__Enabler__Group__6"
    // InternalItup.g:7147:1: rule__Enabler__Group__6 : rule__Enabler__Group__6__Impl ;
    public final void rule__Enabler__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7151:1: ( rule__Enabler__Group__6__Impl )
            // InternalItup.g:7152:2: rule__Enabler__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6"


    // $ANTLR start "rule__Enabler__Group__6__Impl"
    // InternalItup.g:7158:1: rule__Enabler__Group__6__Impl : ( '}' ) ;
    public final void rule__Enabler__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7162:1: ( ( '}' ) )
            // InternalItup.g:7163:1: ( '}' )
            {
            // InternalItup.g:7163:1: ( '}' )
            // InternalItup.g:7164:2: '}'
            {
             before(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6__Impl"


    // $ANTLR start "rule__Enabler__Group_4__0"
    // InternalItup.g:7174:1: rule__Enabler__Group_4__0 : rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 ;
    public final void rule__Enabler__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7178:1: ( rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 )
            // InternalItup.g:7179:2: rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1
            {
            pushFollow(FOLLOW_50);
            rule__Enabler__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0"


    // $ANTLR start "rule__Enabler__Group_4__0__Impl"
    // InternalItup.g:7186:1: rule__Enabler__Group_4__0__Impl : ( 'supports' ) ;
    public final void rule__Enabler__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7190:1: ( ( 'supports' ) )
            // InternalItup.g:7191:1: ( 'supports' )
            {
            // InternalItup.g:7191:1: ( 'supports' )
            // InternalItup.g:7192:2: 'supports'
            {
             before(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4__1"
    // InternalItup.g:7201:1: rule__Enabler__Group_4__1 : rule__Enabler__Group_4__1__Impl ;
    public final void rule__Enabler__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7205:1: ( rule__Enabler__Group_4__1__Impl )
            // InternalItup.g:7206:2: rule__Enabler__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1"


    // $ANTLR start "rule__Enabler__Group_4__1__Impl"
    // InternalItup.g:7212:1: rule__Enabler__Group_4__1__Impl : ( ( rule__Enabler__Alternatives_4_1 ) ) ;
    public final void rule__Enabler__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7216:1: ( ( ( rule__Enabler__Alternatives_4_1 ) ) )
            // InternalItup.g:7217:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            {
            // InternalItup.g:7217:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            // InternalItup.g:7218:2: ( rule__Enabler__Alternatives_4_1 )
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 
            // InternalItup.g:7219:2: ( rule__Enabler__Alternatives_4_1 )
            // InternalItup.g:7219:3: rule__Enabler__Alternatives_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Alternatives_4_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0"
    // InternalItup.g:7228:1: rule__Enabler__Group_4_1_1__0 : rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7232:1: ( rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 )
            // InternalItup.g:7233:2: rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1
            {
            pushFollow(FOLLOW_13);
            rule__Enabler__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0__Impl"
    // InternalItup.g:7240:1: rule__Enabler__Group_4_1_1__0__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) ;
    public final void rule__Enabler__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7244:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) )
            // InternalItup.g:7245:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            {
            // InternalItup.g:7245:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            // InternalItup.g:7246:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 
            // InternalItup.g:7247:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            // InternalItup.g:7247:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1"
    // InternalItup.g:7255:1: rule__Enabler__Group_4_1_1__1 : rule__Enabler__Group_4_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7259:1: ( rule__Enabler__Group_4_1_1__1__Impl )
            // InternalItup.g:7260:2: rule__Enabler__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1__Impl"
    // InternalItup.g:7266:1: rule__Enabler__Group_4_1_1__1__Impl : ( ( rule__Enabler__Group_4_1_1_1__0 )* ) ;
    public final void rule__Enabler__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7270:1: ( ( ( rule__Enabler__Group_4_1_1_1__0 )* ) )
            // InternalItup.g:7271:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            {
            // InternalItup.g:7271:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            // InternalItup.g:7272:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            {
             before(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 
            // InternalItup.g:7273:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            loop75:
            do {
                int alt75=2;
                int LA75_0 = input.LA(1);

                if ( (LA75_0==39) ) {
                    alt75=1;
                }


                switch (alt75) {
            	case 1 :
            	    // InternalItup.g:7273:3: rule__Enabler__Group_4_1_1_1__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__Enabler__Group_4_1_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop75;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0"
    // InternalItup.g:7282:1: rule__Enabler__Group_4_1_1_1__0 : rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7286:1: ( rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 )
            // InternalItup.g:7287:2: rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Enabler__Group_4_1_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0__Impl"
    // InternalItup.g:7294:1: rule__Enabler__Group_4_1_1_1__0__Impl : ( ',' ) ;
    public final void rule__Enabler__Group_4_1_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7298:1: ( ( ',' ) )
            // InternalItup.g:7299:1: ( ',' )
            {
            // InternalItup.g:7299:1: ( ',' )
            // InternalItup.g:7300:2: ','
            {
             before(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1"
    // InternalItup.g:7309:1: rule__Enabler__Group_4_1_1_1__1 : rule__Enabler__Group_4_1_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7313:1: ( rule__Enabler__Group_4_1_1_1__1__Impl )
            // InternalItup.g:7314:2: rule__Enabler__Group_4_1_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1__Impl"
    // InternalItup.g:7320:1: rule__Enabler__Group_4_1_1_1__1__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) ;
    public final void rule__Enabler__Group_4_1_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7324:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) )
            // InternalItup.g:7325:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            {
            // InternalItup.g:7325:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            // InternalItup.g:7326:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 
            // InternalItup.g:7327:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            // InternalItup.g:7327:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__0"
    // InternalItup.g:7336:1: rule__Enabler__Group_5_0__0 : rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 ;
    public final void rule__Enabler__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7340:1: ( rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 )
            // InternalItup.g:7341:2: rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0"


    // $ANTLR start "rule__Enabler__Group_5_0__0__Impl"
    // InternalItup.g:7348:1: rule__Enabler__Group_5_0__0__Impl : ( 'activity' ) ;
    public final void rule__Enabler__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7352:1: ( ( 'activity' ) )
            // InternalItup.g:7353:1: ( 'activity' )
            {
            // InternalItup.g:7353:1: ( 'activity' )
            // InternalItup.g:7354:2: 'activity'
            {
             before(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__1"
    // InternalItup.g:7363:1: rule__Enabler__Group_5_0__1 : rule__Enabler__Group_5_0__1__Impl ;
    public final void rule__Enabler__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7367:1: ( rule__Enabler__Group_5_0__1__Impl )
            // InternalItup.g:7368:2: rule__Enabler__Group_5_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1"


    // $ANTLR start "rule__Enabler__Group_5_0__1__Impl"
    // InternalItup.g:7374:1: rule__Enabler__Group_5_0__1__Impl : ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) ;
    public final void rule__Enabler__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7378:1: ( ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) )
            // InternalItup.g:7379:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            {
            // InternalItup.g:7379:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            // InternalItup.g:7380:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            {
             before(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 
            // InternalItup.g:7381:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            // InternalItup.g:7381:3: rule__Enabler__ActivitiesAssignment_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ActivitiesAssignment_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__0"
    // InternalItup.g:7390:1: rule__Enabler__Group_5_1__0 : rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 ;
    public final void rule__Enabler__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7394:1: ( rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 )
            // InternalItup.g:7395:2: rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0"


    // $ANTLR start "rule__Enabler__Group_5_1__0__Impl"
    // InternalItup.g:7402:1: rule__Enabler__Group_5_1__0__Impl : ( 'contribution' ) ;
    public final void rule__Enabler__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7406:1: ( ( 'contribution' ) )
            // InternalItup.g:7407:1: ( 'contribution' )
            {
            // InternalItup.g:7407:1: ( 'contribution' )
            // InternalItup.g:7408:2: 'contribution'
            {
             before(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__1"
    // InternalItup.g:7417:1: rule__Enabler__Group_5_1__1 : rule__Enabler__Group_5_1__1__Impl ;
    public final void rule__Enabler__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7421:1: ( rule__Enabler__Group_5_1__1__Impl )
            // InternalItup.g:7422:2: rule__Enabler__Group_5_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1"


    // $ANTLR start "rule__Enabler__Group_5_1__1__Impl"
    // InternalItup.g:7428:1: rule__Enabler__Group_5_1__1__Impl : ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) ;
    public final void rule__Enabler__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7432:1: ( ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) )
            // InternalItup.g:7433:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            {
            // InternalItup.g:7433:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            // InternalItup.g:7434:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 
            // InternalItup.g:7435:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            // InternalItup.g:7435:3: rule__Enabler__ContributionsAssignment_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ContributionsAssignment_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__0"
    // InternalItup.g:7444:1: rule__Enabler__Group_5_2__0 : rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 ;
    public final void rule__Enabler__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7448:1: ( rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 )
            // InternalItup.g:7449:2: rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0"


    // $ANTLR start "rule__Enabler__Group_5_2__0__Impl"
    // InternalItup.g:7456:1: rule__Enabler__Group_5_2__0__Impl : ( 'result' ) ;
    public final void rule__Enabler__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7460:1: ( ( 'result' ) )
            // InternalItup.g:7461:1: ( 'result' )
            {
            // InternalItup.g:7461:1: ( 'result' )
            // InternalItup.g:7462:2: 'result'
            {
             before(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__1"
    // InternalItup.g:7471:1: rule__Enabler__Group_5_2__1 : rule__Enabler__Group_5_2__1__Impl ;
    public final void rule__Enabler__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7475:1: ( rule__Enabler__Group_5_2__1__Impl )
            // InternalItup.g:7476:2: rule__Enabler__Group_5_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1"


    // $ANTLR start "rule__Enabler__Group_5_2__1__Impl"
    // InternalItup.g:7482:1: rule__Enabler__Group_5_2__1__Impl : ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) ;
    public final void rule__Enabler__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7486:1: ( ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) )
            // InternalItup.g:7487:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            {
            // InternalItup.g:7487:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            // InternalItup.g:7488:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            {
             before(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 
            // InternalItup.g:7489:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            // InternalItup.g:7489:3: rule__Enabler__ResultsAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ResultsAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__0"
    // InternalItup.g:7498:1: rule__StrategicRisk__Group__0 : rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 ;
    public final void rule__StrategicRisk__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7502:1: ( rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 )
            // InternalItup.g:7503:2: rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1
            {
            pushFollow(FOLLOW_12);
            rule__StrategicRisk__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0"


    // $ANTLR start "rule__StrategicRisk__Group__0__Impl"
    // InternalItup.g:7510:1: rule__StrategicRisk__Group__0__Impl : ( 'risk' ) ;
    public final void rule__StrategicRisk__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7514:1: ( ( 'risk' ) )
            // InternalItup.g:7515:1: ( 'risk' )
            {
            // InternalItup.g:7515:1: ( 'risk' )
            // InternalItup.g:7516:2: 'risk'
            {
             before(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__1"
    // InternalItup.g:7525:1: rule__StrategicRisk__Group__1 : rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 ;
    public final void rule__StrategicRisk__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7529:1: ( rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 )
            // InternalItup.g:7530:2: rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__StrategicRisk__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1"


    // $ANTLR start "rule__StrategicRisk__Group__1__Impl"
    // InternalItup.g:7537:1: rule__StrategicRisk__Group__1__Impl : ( ( rule__StrategicRisk__NameAssignment_1 ) ) ;
    public final void rule__StrategicRisk__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7541:1: ( ( ( rule__StrategicRisk__NameAssignment_1 ) ) )
            // InternalItup.g:7542:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            {
            // InternalItup.g:7542:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            // InternalItup.g:7543:2: ( rule__StrategicRisk__NameAssignment_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 
            // InternalItup.g:7544:2: ( rule__StrategicRisk__NameAssignment_1 )
            // InternalItup.g:7544:3: rule__StrategicRisk__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__2"
    // InternalItup.g:7552:1: rule__StrategicRisk__Group__2 : rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 ;
    public final void rule__StrategicRisk__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7556:1: ( rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 )
            // InternalItup.g:7557:2: rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__StrategicRisk__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2"


    // $ANTLR start "rule__StrategicRisk__Group__2__Impl"
    // InternalItup.g:7564:1: rule__StrategicRisk__Group__2__Impl : ( ( rule__StrategicRisk__TitleAssignment_2 )? ) ;
    public final void rule__StrategicRisk__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7568:1: ( ( ( rule__StrategicRisk__TitleAssignment_2 )? ) )
            // InternalItup.g:7569:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            {
            // InternalItup.g:7569:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            // InternalItup.g:7570:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 
            // InternalItup.g:7571:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( (LA76_0==RULE_STRING) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalItup.g:7571:3: rule__StrategicRisk__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__StrategicRisk__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__3"
    // InternalItup.g:7579:1: rule__StrategicRisk__Group__3 : rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 ;
    public final void rule__StrategicRisk__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7583:1: ( rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 )
            // InternalItup.g:7584:2: rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3"


    // $ANTLR start "rule__StrategicRisk__Group__3__Impl"
    // InternalItup.g:7591:1: rule__StrategicRisk__Group__3__Impl : ( '{' ) ;
    public final void rule__StrategicRisk__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7595:1: ( ( '{' ) )
            // InternalItup.g:7596:1: ( '{' )
            {
            // InternalItup.g:7596:1: ( '{' )
            // InternalItup.g:7597:2: '{'
            {
             before(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__4"
    // InternalItup.g:7606:1: rule__StrategicRisk__Group__4 : rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 ;
    public final void rule__StrategicRisk__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7610:1: ( rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 )
            // InternalItup.g:7611:2: rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4"


    // $ANTLR start "rule__StrategicRisk__Group__4__Impl"
    // InternalItup.g:7618:1: rule__StrategicRisk__Group__4__Impl : ( ( rule__StrategicRisk__Group_4__0 )* ) ;
    public final void rule__StrategicRisk__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7622:1: ( ( ( rule__StrategicRisk__Group_4__0 )* ) )
            // InternalItup.g:7623:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            {
            // InternalItup.g:7623:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            // InternalItup.g:7624:2: ( rule__StrategicRisk__Group_4__0 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup_4()); 
            // InternalItup.g:7625:2: ( rule__StrategicRisk__Group_4__0 )*
            loop77:
            do {
                int alt77=2;
                int LA77_0 = input.LA(1);

                if ( (LA77_0==78) ) {
                    alt77=1;
                }


                switch (alt77) {
            	case 1 :
            	    // InternalItup.g:7625:3: rule__StrategicRisk__Group_4__0
            	    {
            	    pushFollow(FOLLOW_52);
            	    rule__StrategicRisk__Group_4__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop77;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__5"
    // InternalItup.g:7633:1: rule__StrategicRisk__Group__5 : rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 ;
    public final void rule__StrategicRisk__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7637:1: ( rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 )
            // InternalItup.g:7638:2: rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5"


    // $ANTLR start "rule__StrategicRisk__Group__5__Impl"
    // InternalItup.g:7645:1: rule__StrategicRisk__Group__5__Impl : ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) ;
    public final void rule__StrategicRisk__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7649:1: ( ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) )
            // InternalItup.g:7650:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            {
            // InternalItup.g:7650:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            // InternalItup.g:7651:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 
            // InternalItup.g:7652:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            loop78:
            do {
                int alt78=2;
                int LA78_0 = input.LA(1);

                if ( (LA78_0==79) ) {
                    alt78=1;
                }


                switch (alt78) {
            	case 1 :
            	    // InternalItup.g:7652:3: rule__StrategicRisk__MitigationsAssignment_5
            	    {
            	    pushFollow(FOLLOW_53);
            	    rule__StrategicRisk__MitigationsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop78;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__6"
    // InternalItup.g:7660:1: rule__StrategicRisk__Group__6 : rule__StrategicRisk__Group__6__Impl ;
    public final void rule__StrategicRisk__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7664:1: ( rule__StrategicRisk__Group__6__Impl )
            // InternalItup.g:7665:2: rule__StrategicRisk__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6"


    // $ANTLR start "rule__StrategicRisk__Group__6__Impl"
    // InternalItup.g:7671:1: rule__StrategicRisk__Group__6__Impl : ( '}' ) ;
    public final void rule__StrategicRisk__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7675:1: ( ( '}' ) )
            // InternalItup.g:7676:1: ( '}' )
            {
            // InternalItup.g:7676:1: ( '}' )
            // InternalItup.g:7677:2: '}'
            {
             before(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__0"
    // InternalItup.g:7687:1: rule__StrategicRisk__Group_4__0 : rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 ;
    public final void rule__StrategicRisk__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7691:1: ( rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 )
            // InternalItup.g:7692:2: rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__StrategicRisk__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0"


    // $ANTLR start "rule__StrategicRisk__Group_4__0__Impl"
    // InternalItup.g:7699:1: rule__StrategicRisk__Group_4__0__Impl : ( 'aspect' ) ;
    public final void rule__StrategicRisk__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7703:1: ( ( 'aspect' ) )
            // InternalItup.g:7704:1: ( 'aspect' )
            {
            // InternalItup.g:7704:1: ( 'aspect' )
            // InternalItup.g:7705:2: 'aspect'
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__1"
    // InternalItup.g:7714:1: rule__StrategicRisk__Group_4__1 : rule__StrategicRisk__Group_4__1__Impl ;
    public final void rule__StrategicRisk__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7718:1: ( rule__StrategicRisk__Group_4__1__Impl )
            // InternalItup.g:7719:2: rule__StrategicRisk__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1"


    // $ANTLR start "rule__StrategicRisk__Group_4__1__Impl"
    // InternalItup.g:7725:1: rule__StrategicRisk__Group_4__1__Impl : ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) ;
    public final void rule__StrategicRisk__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7729:1: ( ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) )
            // InternalItup.g:7730:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            {
            // InternalItup.g:7730:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            // InternalItup.g:7731:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 
            // InternalItup.g:7732:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            // InternalItup.g:7732:3: rule__StrategicRisk__AspectsAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__AspectsAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__0"
    // InternalItup.g:7741:1: rule__Mitigation__Group__0 : rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 ;
    public final void rule__Mitigation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7745:1: ( rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 )
            // InternalItup.g:7746:2: rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1
            {
            pushFollow(FOLLOW_54);
            rule__Mitigation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0"


    // $ANTLR start "rule__Mitigation__Group__0__Impl"
    // InternalItup.g:7753:1: rule__Mitigation__Group__0__Impl : ( 'mitigation' ) ;
    public final void rule__Mitigation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7757:1: ( ( 'mitigation' ) )
            // InternalItup.g:7758:1: ( 'mitigation' )
            {
            // InternalItup.g:7758:1: ( 'mitigation' )
            // InternalItup.g:7759:2: 'mitigation'
            {
             before(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 
            match(input,79,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0__Impl"


    // $ANTLR start "rule__Mitigation__Group__1"
    // InternalItup.g:7768:1: rule__Mitigation__Group__1 : rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 ;
    public final void rule__Mitigation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7772:1: ( rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 )
            // InternalItup.g:7773:2: rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2
            {
            pushFollow(FOLLOW_54);
            rule__Mitigation__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1"


    // $ANTLR start "rule__Mitigation__Group__1__Impl"
    // InternalItup.g:7780:1: rule__Mitigation__Group__1__Impl : ( ( rule__Mitigation__TreatmentAssignment_1 )? ) ;
    public final void rule__Mitigation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7784:1: ( ( ( rule__Mitigation__TreatmentAssignment_1 )? ) )
            // InternalItup.g:7785:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            {
            // InternalItup.g:7785:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            // InternalItup.g:7786:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            {
             before(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 
            // InternalItup.g:7787:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( ((LA79_0>=24 && LA79_0<=27)) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalItup.g:7787:3: rule__Mitigation__TreatmentAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mitigation__TreatmentAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__2"
    // InternalItup.g:7795:1: rule__Mitigation__Group__2 : rule__Mitigation__Group__2__Impl ;
    public final void rule__Mitigation__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7799:1: ( rule__Mitigation__Group__2__Impl )
            // InternalItup.g:7800:2: rule__Mitigation__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2"


    // $ANTLR start "rule__Mitigation__Group__2__Impl"
    // InternalItup.g:7806:1: rule__Mitigation__Group__2__Impl : ( ( rule__Mitigation__StatementAssignment_2 ) ) ;
    public final void rule__Mitigation__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7810:1: ( ( ( rule__Mitigation__StatementAssignment_2 ) ) )
            // InternalItup.g:7811:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            {
            // InternalItup.g:7811:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            // InternalItup.g:7812:2: ( rule__Mitigation__StatementAssignment_2 )
            {
             before(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 
            // InternalItup.g:7813:2: ( rule__Mitigation__StatementAssignment_2 )
            // InternalItup.g:7813:3: rule__Mitigation__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2__Impl"


    // $ANTLR start "rule__SwotItem__Group__0"
    // InternalItup.g:7822:1: rule__SwotItem__Group__0 : rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 ;
    public final void rule__SwotItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7826:1: ( rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 )
            // InternalItup.g:7827:2: rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__SwotItem__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0"


    // $ANTLR start "rule__SwotItem__Group__0__Impl"
    // InternalItup.g:7834:1: rule__SwotItem__Group__0__Impl : ( ( rule__SwotItem__KindAssignment_0 ) ) ;
    public final void rule__SwotItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7838:1: ( ( ( rule__SwotItem__KindAssignment_0 ) ) )
            // InternalItup.g:7839:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            {
            // InternalItup.g:7839:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            // InternalItup.g:7840:2: ( rule__SwotItem__KindAssignment_0 )
            {
             before(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 
            // InternalItup.g:7841:2: ( rule__SwotItem__KindAssignment_0 )
            // InternalItup.g:7841:3: rule__SwotItem__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0__Impl"


    // $ANTLR start "rule__SwotItem__Group__1"
    // InternalItup.g:7849:1: rule__SwotItem__Group__1 : rule__SwotItem__Group__1__Impl ;
    public final void rule__SwotItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7853:1: ( rule__SwotItem__Group__1__Impl )
            // InternalItup.g:7854:2: rule__SwotItem__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1"


    // $ANTLR start "rule__SwotItem__Group__1__Impl"
    // InternalItup.g:7860:1: rule__SwotItem__Group__1__Impl : ( ( rule__SwotItem__StatementAssignment_1 ) ) ;
    public final void rule__SwotItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7864:1: ( ( ( rule__SwotItem__StatementAssignment_1 ) ) )
            // InternalItup.g:7865:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            {
            // InternalItup.g:7865:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            // InternalItup.g:7866:2: ( rule__SwotItem__StatementAssignment_1 )
            {
             before(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 
            // InternalItup.g:7867:2: ( rule__SwotItem__StatementAssignment_1 )
            // InternalItup.g:7867:3: rule__SwotItem__StatementAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__StatementAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__0"
    // InternalItup.g:7876:1: rule__ImplementationCriterion__Group__0 : rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 ;
    public final void rule__ImplementationCriterion__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7880:1: ( rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 )
            // InternalItup.g:7881:2: rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__ImplementationCriterion__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0"


    // $ANTLR start "rule__ImplementationCriterion__Group__0__Impl"
    // InternalItup.g:7888:1: rule__ImplementationCriterion__Group__0__Impl : ( 'criterion' ) ;
    public final void rule__ImplementationCriterion__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7892:1: ( ( 'criterion' ) )
            // InternalItup.g:7893:1: ( 'criterion' )
            {
            // InternalItup.g:7893:1: ( 'criterion' )
            // InternalItup.g:7894:2: 'criterion'
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__1"
    // InternalItup.g:7903:1: rule__ImplementationCriterion__Group__1 : rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 ;
    public final void rule__ImplementationCriterion__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7907:1: ( rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 )
            // InternalItup.g:7908:2: rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__ImplementationCriterion__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1"


    // $ANTLR start "rule__ImplementationCriterion__Group__1__Impl"
    // InternalItup.g:7915:1: rule__ImplementationCriterion__Group__1__Impl : ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) ;
    public final void rule__ImplementationCriterion__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7919:1: ( ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) )
            // InternalItup.g:7920:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            {
            // InternalItup.g:7920:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            // InternalItup.g:7921:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 
            // InternalItup.g:7922:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            // InternalItup.g:7922:3: rule__ImplementationCriterion__TitleAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__TitleAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__2"
    // InternalItup.g:7930:1: rule__ImplementationCriterion__Group__2 : rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 ;
    public final void rule__ImplementationCriterion__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7934:1: ( rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 )
            // InternalItup.g:7935:2: rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__ImplementationCriterion__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2"


    // $ANTLR start "rule__ImplementationCriterion__Group__2__Impl"
    // InternalItup.g:7942:1: rule__ImplementationCriterion__Group__2__Impl : ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) ;
    public final void rule__ImplementationCriterion__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7946:1: ( ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) )
            // InternalItup.g:7947:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            {
            // InternalItup.g:7947:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            // InternalItup.g:7948:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 
            // InternalItup.g:7949:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==RULE_STRING) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:7949:3: rule__ImplementationCriterion__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__3"
    // InternalItup.g:7957:1: rule__ImplementationCriterion__Group__3 : rule__ImplementationCriterion__Group__3__Impl ;
    public final void rule__ImplementationCriterion__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7961:1: ( rule__ImplementationCriterion__Group__3__Impl )
            // InternalItup.g:7962:2: rule__ImplementationCriterion__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3"


    // $ANTLR start "rule__ImplementationCriterion__Group__3__Impl"
    // InternalItup.g:7968:1: rule__ImplementationCriterion__Group__3__Impl : ( ( rule__ImplementationCriterion__Group_3__0 )? ) ;
    public final void rule__ImplementationCriterion__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7972:1: ( ( ( rule__ImplementationCriterion__Group_3__0 )? ) )
            // InternalItup.g:7973:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            {
            // InternalItup.g:7973:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            // InternalItup.g:7974:2: ( rule__ImplementationCriterion__Group_3__0 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 
            // InternalItup.g:7975:2: ( rule__ImplementationCriterion__Group_3__0 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( (LA81_0==41) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalItup.g:7975:3: rule__ImplementationCriterion__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0"
    // InternalItup.g:7984:1: rule__ImplementationCriterion__Group_3__0 : rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 ;
    public final void rule__ImplementationCriterion__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7988:1: ( rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 )
            // InternalItup.g:7989:2: rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1
            {
            pushFollow(FOLLOW_55);
            rule__ImplementationCriterion__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0__Impl"
    // InternalItup.g:7996:1: rule__ImplementationCriterion__Group_3__0__Impl : ( '{' ) ;
    public final void rule__ImplementationCriterion__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8000:1: ( ( '{' ) )
            // InternalItup.g:8001:1: ( '{' )
            {
            // InternalItup.g:8001:1: ( '{' )
            // InternalItup.g:8002:2: '{'
            {
             before(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1"
    // InternalItup.g:8011:1: rule__ImplementationCriterion__Group_3__1 : rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 ;
    public final void rule__ImplementationCriterion__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8015:1: ( rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 )
            // InternalItup.g:8016:2: rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2
            {
            pushFollow(FOLLOW_55);
            rule__ImplementationCriterion__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1__Impl"
    // InternalItup.g:8023:1: rule__ImplementationCriterion__Group_3__1__Impl : ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) ;
    public final void rule__ImplementationCriterion__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8027:1: ( ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) )
            // InternalItup.g:8028:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            {
            // InternalItup.g:8028:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            // InternalItup.g:8029:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 
            // InternalItup.g:8030:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            loop82:
            do {
                int alt82=2;
                int LA82_0 = input.LA(1);

                if ( (LA82_0==80) ) {
                    alt82=1;
                }


                switch (alt82) {
            	case 1 :
            	    // InternalItup.g:8030:3: rule__ImplementationCriterion__CriteriaAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_56);
            	    rule__ImplementationCriterion__CriteriaAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop82;
                }
            } while (true);

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2"
    // InternalItup.g:8038:1: rule__ImplementationCriterion__Group_3__2 : rule__ImplementationCriterion__Group_3__2__Impl ;
    public final void rule__ImplementationCriterion__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8042:1: ( rule__ImplementationCriterion__Group_3__2__Impl )
            // InternalItup.g:8043:2: rule__ImplementationCriterion__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2__Impl"
    // InternalItup.g:8049:1: rule__ImplementationCriterion__Group_3__2__Impl : ( '}' ) ;
    public final void rule__ImplementationCriterion__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8053:1: ( ( '}' ) )
            // InternalItup.g:8054:1: ( '}' )
            {
            // InternalItup.g:8054:1: ( '}' )
            // InternalItup.g:8055:2: '}'
            {
             before(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__0"
    // InternalItup.g:8065:1: rule__GlossaryTerm__Group__0 : rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 ;
    public final void rule__GlossaryTerm__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8069:1: ( rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 )
            // InternalItup.g:8070:2: rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__GlossaryTerm__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0"


    // $ANTLR start "rule__GlossaryTerm__Group__0__Impl"
    // InternalItup.g:8077:1: rule__GlossaryTerm__Group__0__Impl : ( 'term' ) ;
    public final void rule__GlossaryTerm__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8081:1: ( ( 'term' ) )
            // InternalItup.g:8082:1: ( 'term' )
            {
            // InternalItup.g:8082:1: ( 'term' )
            // InternalItup.g:8083:2: 'term'
            {
             before(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 
            match(input,81,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__1"
    // InternalItup.g:8092:1: rule__GlossaryTerm__Group__1 : rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 ;
    public final void rule__GlossaryTerm__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8096:1: ( rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 )
            // InternalItup.g:8097:2: rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2
            {
            pushFollow(FOLLOW_15);
            rule__GlossaryTerm__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1"


    // $ANTLR start "rule__GlossaryTerm__Group__1__Impl"
    // InternalItup.g:8104:1: rule__GlossaryTerm__Group__1__Impl : ( ( rule__GlossaryTerm__TermAssignment_1 ) ) ;
    public final void rule__GlossaryTerm__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8108:1: ( ( ( rule__GlossaryTerm__TermAssignment_1 ) ) )
            // InternalItup.g:8109:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            {
            // InternalItup.g:8109:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            // InternalItup.g:8110:2: ( rule__GlossaryTerm__TermAssignment_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 
            // InternalItup.g:8111:2: ( rule__GlossaryTerm__TermAssignment_1 )
            // InternalItup.g:8111:3: rule__GlossaryTerm__TermAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__TermAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__2"
    // InternalItup.g:8119:1: rule__GlossaryTerm__Group__2 : rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 ;
    public final void rule__GlossaryTerm__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8123:1: ( rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 )
            // InternalItup.g:8124:2: rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2"


    // $ANTLR start "rule__GlossaryTerm__Group__2__Impl"
    // InternalItup.g:8131:1: rule__GlossaryTerm__Group__2__Impl : ( '{' ) ;
    public final void rule__GlossaryTerm__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8135:1: ( ( '{' ) )
            // InternalItup.g:8136:1: ( '{' )
            {
            // InternalItup.g:8136:1: ( '{' )
            // InternalItup.g:8137:2: '{'
            {
             before(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__3"
    // InternalItup.g:8146:1: rule__GlossaryTerm__Group__3 : rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 ;
    public final void rule__GlossaryTerm__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8150:1: ( rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 )
            // InternalItup.g:8151:2: rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3"


    // $ANTLR start "rule__GlossaryTerm__Group__3__Impl"
    // InternalItup.g:8158:1: rule__GlossaryTerm__Group__3__Impl : ( ( rule__GlossaryTerm__Group_3__0 )? ) ;
    public final void rule__GlossaryTerm__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8162:1: ( ( ( rule__GlossaryTerm__Group_3__0 )? ) )
            // InternalItup.g:8163:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            {
            // InternalItup.g:8163:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            // InternalItup.g:8164:2: ( rule__GlossaryTerm__Group_3__0 )?
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup_3()); 
            // InternalItup.g:8165:2: ( rule__GlossaryTerm__Group_3__0 )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( (LA83_0==82) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:8165:3: rule__GlossaryTerm__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__GlossaryTerm__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGlossaryTermAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__4"
    // InternalItup.g:8173:1: rule__GlossaryTerm__Group__4 : rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 ;
    public final void rule__GlossaryTerm__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8177:1: ( rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 )
            // InternalItup.g:8178:2: rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4"


    // $ANTLR start "rule__GlossaryTerm__Group__4__Impl"
    // InternalItup.g:8185:1: rule__GlossaryTerm__Group__4__Impl : ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) ;
    public final void rule__GlossaryTerm__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8189:1: ( ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) )
            // InternalItup.g:8190:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            {
            // InternalItup.g:8190:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            // InternalItup.g:8191:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 
            // InternalItup.g:8192:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            loop84:
            do {
                int alt84=2;
                int LA84_0 = input.LA(1);

                if ( (LA84_0==RULE_ID) ) {
                    alt84=1;
                }


                switch (alt84) {
            	case 1 :
            	    // InternalItup.g:8192:3: rule__GlossaryTerm__TranslationsAssignment_4
            	    {
            	    pushFollow(FOLLOW_58);
            	    rule__GlossaryTerm__TranslationsAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop84;
                }
            } while (true);

             after(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__5"
    // InternalItup.g:8200:1: rule__GlossaryTerm__Group__5 : rule__GlossaryTerm__Group__5__Impl ;
    public final void rule__GlossaryTerm__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8204:1: ( rule__GlossaryTerm__Group__5__Impl )
            // InternalItup.g:8205:2: rule__GlossaryTerm__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5"


    // $ANTLR start "rule__GlossaryTerm__Group__5__Impl"
    // InternalItup.g:8211:1: rule__GlossaryTerm__Group__5__Impl : ( '}' ) ;
    public final void rule__GlossaryTerm__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8215:1: ( ( '}' ) )
            // InternalItup.g:8216:1: ( '}' )
            {
            // InternalItup.g:8216:1: ( '}' )
            // InternalItup.g:8217:2: '}'
            {
             before(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0"
    // InternalItup.g:8227:1: rule__GlossaryTerm__Group_3__0 : rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 ;
    public final void rule__GlossaryTerm__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8231:1: ( rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 )
            // InternalItup.g:8232:2: rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1
            {
            pushFollow(FOLLOW_11);
            rule__GlossaryTerm__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0__Impl"
    // InternalItup.g:8239:1: rule__GlossaryTerm__Group_3__0__Impl : ( 'definition' ) ;
    public final void rule__GlossaryTerm__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8243:1: ( ( 'definition' ) )
            // InternalItup.g:8244:1: ( 'definition' )
            {
            // InternalItup.g:8244:1: ( 'definition' )
            // InternalItup.g:8245:2: 'definition'
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1"
    // InternalItup.g:8254:1: rule__GlossaryTerm__Group_3__1 : rule__GlossaryTerm__Group_3__1__Impl ;
    public final void rule__GlossaryTerm__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8258:1: ( rule__GlossaryTerm__Group_3__1__Impl )
            // InternalItup.g:8259:2: rule__GlossaryTerm__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1__Impl"
    // InternalItup.g:8265:1: rule__GlossaryTerm__Group_3__1__Impl : ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) ;
    public final void rule__GlossaryTerm__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8269:1: ( ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) )
            // InternalItup.g:8270:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            {
            // InternalItup.g:8270:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            // InternalItup.g:8271:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 
            // InternalItup.g:8272:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            // InternalItup.g:8272:3: rule__GlossaryTerm__DefinitionAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__DefinitionAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1__Impl"


    // $ANTLR start "rule__Translation__Group__0"
    // InternalItup.g:8281:1: rule__Translation__Group__0 : rule__Translation__Group__0__Impl rule__Translation__Group__1 ;
    public final void rule__Translation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8285:1: ( rule__Translation__Group__0__Impl rule__Translation__Group__1 )
            // InternalItup.g:8286:2: rule__Translation__Group__0__Impl rule__Translation__Group__1
            {
            pushFollow(FOLLOW_59);
            rule__Translation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Translation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0"


    // $ANTLR start "rule__Translation__Group__0__Impl"
    // InternalItup.g:8293:1: rule__Translation__Group__0__Impl : ( ( rule__Translation__LanguageAssignment_0 ) ) ;
    public final void rule__Translation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8297:1: ( ( ( rule__Translation__LanguageAssignment_0 ) ) )
            // InternalItup.g:8298:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            {
            // InternalItup.g:8298:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            // InternalItup.g:8299:2: ( rule__Translation__LanguageAssignment_0 )
            {
             before(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 
            // InternalItup.g:8300:2: ( rule__Translation__LanguageAssignment_0 )
            // InternalItup.g:8300:3: rule__Translation__LanguageAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__LanguageAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0__Impl"


    // $ANTLR start "rule__Translation__Group__1"
    // InternalItup.g:8308:1: rule__Translation__Group__1 : rule__Translation__Group__1__Impl ;
    public final void rule__Translation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8312:1: ( rule__Translation__Group__1__Impl )
            // InternalItup.g:8313:2: rule__Translation__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1"


    // $ANTLR start "rule__Translation__Group__1__Impl"
    // InternalItup.g:8319:1: rule__Translation__Group__1__Impl : ( ( rule__Translation__Alternatives_1 ) ) ;
    public final void rule__Translation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8323:1: ( ( ( rule__Translation__Alternatives_1 ) ) )
            // InternalItup.g:8324:1: ( ( rule__Translation__Alternatives_1 ) )
            {
            // InternalItup.g:8324:1: ( ( rule__Translation__Alternatives_1 ) )
            // InternalItup.g:8325:2: ( rule__Translation__Alternatives_1 )
            {
             before(grammarAccess.getTranslationAccess().getAlternatives_1()); 
            // InternalItup.g:8326:2: ( rule__Translation__Alternatives_1 )
            // InternalItup.g:8326:3: rule__Translation__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1__Impl"


    // $ANTLR start "rule__Code__Group__0"
    // InternalItup.g:8335:1: rule__Code__Group__0 : rule__Code__Group__0__Impl rule__Code__Group__1 ;
    public final void rule__Code__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8339:1: ( rule__Code__Group__0__Impl rule__Code__Group__1 )
            // InternalItup.g:8340:2: rule__Code__Group__0__Impl rule__Code__Group__1
            {
            pushFollow(FOLLOW_60);
            rule__Code__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0"


    // $ANTLR start "rule__Code__Group__0__Impl"
    // InternalItup.g:8347:1: rule__Code__Group__0__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8351:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8352:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8352:1: ( ruleCodeSegment )
            // InternalItup.g:8353:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0__Impl"


    // $ANTLR start "rule__Code__Group__1"
    // InternalItup.g:8362:1: rule__Code__Group__1 : rule__Code__Group__1__Impl ;
    public final void rule__Code__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8366:1: ( rule__Code__Group__1__Impl )
            // InternalItup.g:8367:2: rule__Code__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1"


    // $ANTLR start "rule__Code__Group__1__Impl"
    // InternalItup.g:8373:1: rule__Code__Group__1__Impl : ( ( rule__Code__Group_1__0 )* ) ;
    public final void rule__Code__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8377:1: ( ( ( rule__Code__Group_1__0 )* ) )
            // InternalItup.g:8378:1: ( ( rule__Code__Group_1__0 )* )
            {
            // InternalItup.g:8378:1: ( ( rule__Code__Group_1__0 )* )
            // InternalItup.g:8379:2: ( rule__Code__Group_1__0 )*
            {
             before(grammarAccess.getCodeAccess().getGroup_1()); 
            // InternalItup.g:8380:2: ( rule__Code__Group_1__0 )*
            loop85:
            do {
                int alt85=2;
                int LA85_0 = input.LA(1);

                if ( ((LA85_0>=15 && LA85_0<=16)) ) {
                    alt85=1;
                }


                switch (alt85) {
            	case 1 :
            	    // InternalItup.g:8380:3: rule__Code__Group_1__0
            	    {
            	    pushFollow(FOLLOW_61);
            	    rule__Code__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop85;
                }
            } while (true);

             after(grammarAccess.getCodeAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1__Impl"


    // $ANTLR start "rule__Code__Group_1__0"
    // InternalItup.g:8389:1: rule__Code__Group_1__0 : rule__Code__Group_1__0__Impl rule__Code__Group_1__1 ;
    public final void rule__Code__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8393:1: ( rule__Code__Group_1__0__Impl rule__Code__Group_1__1 )
            // InternalItup.g:8394:2: rule__Code__Group_1__0__Impl rule__Code__Group_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Code__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0"


    // $ANTLR start "rule__Code__Group_1__0__Impl"
    // InternalItup.g:8401:1: rule__Code__Group_1__0__Impl : ( ( rule__Code__Alternatives_1_0 ) ) ;
    public final void rule__Code__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8405:1: ( ( ( rule__Code__Alternatives_1_0 ) ) )
            // InternalItup.g:8406:1: ( ( rule__Code__Alternatives_1_0 ) )
            {
            // InternalItup.g:8406:1: ( ( rule__Code__Alternatives_1_0 ) )
            // InternalItup.g:8407:2: ( rule__Code__Alternatives_1_0 )
            {
             before(grammarAccess.getCodeAccess().getAlternatives_1_0()); 
            // InternalItup.g:8408:2: ( rule__Code__Alternatives_1_0 )
            // InternalItup.g:8408:3: rule__Code__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0__Impl"


    // $ANTLR start "rule__Code__Group_1__1"
    // InternalItup.g:8416:1: rule__Code__Group_1__1 : rule__Code__Group_1__1__Impl ;
    public final void rule__Code__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8420:1: ( rule__Code__Group_1__1__Impl )
            // InternalItup.g:8421:2: rule__Code__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1"


    // $ANTLR start "rule__Code__Group_1__1__Impl"
    // InternalItup.g:8427:1: rule__Code__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8431:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8432:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8432:1: ( ruleCodeSegment )
            // InternalItup.g:8433:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1__Impl"


    // $ANTLR start "rule__PlanName__Group__0"
    // InternalItup.g:8443:1: rule__PlanName__Group__0 : rule__PlanName__Group__0__Impl rule__PlanName__Group__1 ;
    public final void rule__PlanName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8447:1: ( rule__PlanName__Group__0__Impl rule__PlanName__Group__1 )
            // InternalItup.g:8448:2: rule__PlanName__Group__0__Impl rule__PlanName__Group__1
            {
            pushFollow(FOLLOW_60);
            rule__PlanName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0"


    // $ANTLR start "rule__PlanName__Group__0__Impl"
    // InternalItup.g:8455:1: rule__PlanName__Group__0__Impl : ( RULE_ID ) ;
    public final void rule__PlanName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8459:1: ( ( RULE_ID ) )
            // InternalItup.g:8460:1: ( RULE_ID )
            {
            // InternalItup.g:8460:1: ( RULE_ID )
            // InternalItup.g:8461:2: RULE_ID
            {
             before(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0__Impl"


    // $ANTLR start "rule__PlanName__Group__1"
    // InternalItup.g:8470:1: rule__PlanName__Group__1 : rule__PlanName__Group__1__Impl ;
    public final void rule__PlanName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8474:1: ( rule__PlanName__Group__1__Impl )
            // InternalItup.g:8475:2: rule__PlanName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1"


    // $ANTLR start "rule__PlanName__Group__1__Impl"
    // InternalItup.g:8481:1: rule__PlanName__Group__1__Impl : ( ( rule__PlanName__Group_1__0 )* ) ;
    public final void rule__PlanName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8485:1: ( ( ( rule__PlanName__Group_1__0 )* ) )
            // InternalItup.g:8486:1: ( ( rule__PlanName__Group_1__0 )* )
            {
            // InternalItup.g:8486:1: ( ( rule__PlanName__Group_1__0 )* )
            // InternalItup.g:8487:2: ( rule__PlanName__Group_1__0 )*
            {
             before(grammarAccess.getPlanNameAccess().getGroup_1()); 
            // InternalItup.g:8488:2: ( rule__PlanName__Group_1__0 )*
            loop86:
            do {
                int alt86=2;
                int LA86_0 = input.LA(1);

                if ( ((LA86_0>=15 && LA86_0<=16)) ) {
                    alt86=1;
                }


                switch (alt86) {
            	case 1 :
            	    // InternalItup.g:8488:3: rule__PlanName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_61);
            	    rule__PlanName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop86;
                }
            } while (true);

             after(grammarAccess.getPlanNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1__Impl"


    // $ANTLR start "rule__PlanName__Group_1__0"
    // InternalItup.g:8497:1: rule__PlanName__Group_1__0 : rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 ;
    public final void rule__PlanName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8501:1: ( rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 )
            // InternalItup.g:8502:2: rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1
            {
            pushFollow(FOLLOW_12);
            rule__PlanName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0"


    // $ANTLR start "rule__PlanName__Group_1__0__Impl"
    // InternalItup.g:8509:1: rule__PlanName__Group_1__0__Impl : ( ( rule__PlanName__Alternatives_1_0 ) ) ;
    public final void rule__PlanName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8513:1: ( ( ( rule__PlanName__Alternatives_1_0 ) ) )
            // InternalItup.g:8514:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            {
            // InternalItup.g:8514:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            // InternalItup.g:8515:2: ( rule__PlanName__Alternatives_1_0 )
            {
             before(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 
            // InternalItup.g:8516:2: ( rule__PlanName__Alternatives_1_0 )
            // InternalItup.g:8516:3: rule__PlanName__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0__Impl"


    // $ANTLR start "rule__PlanName__Group_1__1"
    // InternalItup.g:8524:1: rule__PlanName__Group_1__1 : rule__PlanName__Group_1__1__Impl ;
    public final void rule__PlanName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8528:1: ( rule__PlanName__Group_1__1__Impl )
            // InternalItup.g:8529:2: rule__PlanName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1"


    // $ANTLR start "rule__PlanName__Group_1__1__Impl"
    // InternalItup.g:8535:1: rule__PlanName__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__PlanName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8539:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8540:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8540:1: ( ruleCodeSegment )
            // InternalItup.g:8541:2: ruleCodeSegment
            {
             before(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1__Impl"


    // $ANTLR start "rule__Decimal__Group__0"
    // InternalItup.g:8551:1: rule__Decimal__Group__0 : rule__Decimal__Group__0__Impl rule__Decimal__Group__1 ;
    public final void rule__Decimal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8555:1: ( rule__Decimal__Group__0__Impl rule__Decimal__Group__1 )
            // InternalItup.g:8556:2: rule__Decimal__Group__0__Impl rule__Decimal__Group__1
            {
            pushFollow(FOLLOW_62);
            rule__Decimal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0"


    // $ANTLR start "rule__Decimal__Group__0__Impl"
    // InternalItup.g:8563:1: rule__Decimal__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8567:1: ( ( RULE_INT ) )
            // InternalItup.g:8568:1: ( RULE_INT )
            {
            // InternalItup.g:8568:1: ( RULE_INT )
            // InternalItup.g:8569:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0__Impl"


    // $ANTLR start "rule__Decimal__Group__1"
    // InternalItup.g:8578:1: rule__Decimal__Group__1 : rule__Decimal__Group__1__Impl ;
    public final void rule__Decimal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8582:1: ( rule__Decimal__Group__1__Impl )
            // InternalItup.g:8583:2: rule__Decimal__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1"


    // $ANTLR start "rule__Decimal__Group__1__Impl"
    // InternalItup.g:8589:1: rule__Decimal__Group__1__Impl : ( ( rule__Decimal__Group_1__0 )? ) ;
    public final void rule__Decimal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8593:1: ( ( ( rule__Decimal__Group_1__0 )? ) )
            // InternalItup.g:8594:1: ( ( rule__Decimal__Group_1__0 )? )
            {
            // InternalItup.g:8594:1: ( ( rule__Decimal__Group_1__0 )? )
            // InternalItup.g:8595:2: ( rule__Decimal__Group_1__0 )?
            {
             before(grammarAccess.getDecimalAccess().getGroup_1()); 
            // InternalItup.g:8596:2: ( rule__Decimal__Group_1__0 )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( (LA87_0==15) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalItup.g:8596:3: rule__Decimal__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Decimal__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDecimalAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1__Impl"


    // $ANTLR start "rule__Decimal__Group_1__0"
    // InternalItup.g:8605:1: rule__Decimal__Group_1__0 : rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 ;
    public final void rule__Decimal__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8609:1: ( rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 )
            // InternalItup.g:8610:2: rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1
            {
            pushFollow(FOLLOW_8);
            rule__Decimal__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0"


    // $ANTLR start "rule__Decimal__Group_1__0__Impl"
    // InternalItup.g:8617:1: rule__Decimal__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Decimal__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8621:1: ( ( '.' ) )
            // InternalItup.g:8622:1: ( '.' )
            {
            // InternalItup.g:8622:1: ( '.' )
            // InternalItup.g:8623:2: '.'
            {
             before(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 
            match(input,15,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0__Impl"


    // $ANTLR start "rule__Decimal__Group_1__1"
    // InternalItup.g:8632:1: rule__Decimal__Group_1__1 : rule__Decimal__Group_1__1__Impl ;
    public final void rule__Decimal__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8636:1: ( rule__Decimal__Group_1__1__Impl )
            // InternalItup.g:8637:2: rule__Decimal__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1"


    // $ANTLR start "rule__Decimal__Group_1__1__Impl"
    // InternalItup.g:8643:1: rule__Decimal__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8647:1: ( ( RULE_INT ) )
            // InternalItup.g:8648:1: ( RULE_INT )
            {
            // InternalItup.g:8648:1: ( RULE_INT )
            // InternalItup.g:8649:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1"
    // InternalItup.g:8659:1: rule__Target__UnorderedGroup_3_1 : ( rule__Target__UnorderedGroup_3_1__0 )? ;
    public final void rule__Target__UnorderedGroup_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
        	
        try {
            // InternalItup.g:8664:1: ( ( rule__Target__UnorderedGroup_3_1__0 )? )
            // InternalItup.g:8665:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            {
            // InternalItup.g:8665:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( LA88_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt88=1;
            }
            else if ( ( LA88_0 == 11 || LA88_0 >= 17 && LA88_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt88=1;
            }
            else if ( LA88_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt88=1;
            }
            else if ( LA88_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:8665:2: rule__Target__UnorderedGroup_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__Impl"
    // InternalItup.g:8673:1: rule__Target__UnorderedGroup_3_1__Impl : ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) ;
    public final void rule__Target__UnorderedGroup_3_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:8678:1: ( ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) )
            // InternalItup.g:8679:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:8679:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            int alt89=4;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt89=1;
            }
            else if ( ( LA89_0 == 11 || LA89_0 >= 17 && LA89_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt89=2;
            }
            else if ( LA89_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt89=3;
            }
            else if ( LA89_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt89=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 89, 0, input);

                throw nvae;
            }
            switch (alt89) {
                case 1 :
                    // InternalItup.g:8680:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:8680:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    // InternalItup.g:8681:4: {...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    }
                    // InternalItup.g:8681:104: ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    // InternalItup.g:8682:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8688:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    // InternalItup.g:8689:6: ( rule__Target__Group_3_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_0()); 
                    // InternalItup.g:8690:6: ( rule__Target__Group_3_1_0__0 )
                    // InternalItup.g:8690:7: rule__Target__Group_3_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:8695:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    {
                    // InternalItup.g:8695:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    // InternalItup.g:8696:4: {...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    }
                    // InternalItup.g:8696:104: ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    // InternalItup.g:8697:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8703:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    // InternalItup.g:8704:6: ( rule__Target__Alternatives_3_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 
                    // InternalItup.g:8705:6: ( rule__Target__Alternatives_3_1_1 )
                    // InternalItup.g:8705:7: rule__Target__Alternatives_3_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Alternatives_3_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:8710:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    {
                    // InternalItup.g:8710:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    // InternalItup.g:8711:4: {...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    }
                    // InternalItup.g:8711:104: ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    // InternalItup.g:8712:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8718:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    // InternalItup.g:8719:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    {
                     before(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 
                    // InternalItup.g:8720:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    // InternalItup.g:8720:7: rule__Target__BaselineAssignment_3_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__BaselineAssignment_3_1_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:8725:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:8725:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    // InternalItup.g:8726:4: {...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    }
                    // InternalItup.g:8726:104: ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    // InternalItup.g:8727:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8733:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    // InternalItup.g:8734:6: ( rule__Target__Group_3_1_3__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_3()); 
                    // InternalItup.g:8735:6: ( rule__Target__Group_3_1_3__0 )
                    // InternalItup.g:8735:7: rule__Target__Group_3_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__0"
    // InternalItup.g:8748:1: rule__Target__UnorderedGroup_3_1__0 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? ;
    public final void rule__Target__UnorderedGroup_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8752:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? )
            // InternalItup.g:8753:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8754:2: ( rule__Target__UnorderedGroup_3_1__1 )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt90=1;
            }
            else if ( ( LA90_0 == 11 || LA90_0 >= 17 && LA90_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt90=1;
            }
            else if ( LA90_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt90=1;
            }
            else if ( LA90_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalItup.g:8754:2: rule__Target__UnorderedGroup_3_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__0"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__1"
    // InternalItup.g:8760:1: rule__Target__UnorderedGroup_3_1__1 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? ;
    public final void rule__Target__UnorderedGroup_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8764:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? )
            // InternalItup.g:8765:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8766:2: ( rule__Target__UnorderedGroup_3_1__2 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt91=1;
            }
            else if ( ( LA91_0 == 11 || LA91_0 >= 17 && LA91_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt91=1;
            }
            else if ( LA91_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt91=1;
            }
            else if ( LA91_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalItup.g:8766:2: rule__Target__UnorderedGroup_3_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__2"
    // InternalItup.g:8772:1: rule__Target__UnorderedGroup_3_1__2 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? ;
    public final void rule__Target__UnorderedGroup_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8776:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? )
            // InternalItup.g:8777:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8778:2: ( rule__Target__UnorderedGroup_3_1__3 )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt92=1;
            }
            else if ( ( LA92_0 == 11 || LA92_0 >= 17 && LA92_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt92=1;
            }
            else if ( LA92_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt92=1;
            }
            else if ( LA92_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:8778:2: rule__Target__UnorderedGroup_3_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__2"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__3"
    // InternalItup.g:8784:1: rule__Target__UnorderedGroup_3_1__3 : rule__Target__UnorderedGroup_3_1__Impl ;
    public final void rule__Target__UnorderedGroup_3_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8788:1: ( rule__Target__UnorderedGroup_3_1__Impl )
            // InternalItup.g:8789:2: rule__Target__UnorderedGroup_3_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__3"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1"
    // InternalItup.g:8796:1: rule__PerformanceIndicator__UnorderedGroup_2_1 : ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalItup.g:8801:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? )
            // InternalItup.g:8802:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            {
            // InternalItup.g:8802:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt93=1;
            }
            else if ( LA93_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt93=1;
            }
            else if ( LA93_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt93=1;
            }
            else if ( LA93_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalItup.g:8802:2: rule__PerformanceIndicator__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"
    // InternalItup.g:8810:1: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:8815:1: ( ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) )
            // InternalItup.g:8816:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:8816:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            int alt94=4;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt94=2;
            }
            else if ( LA94_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt94=3;
            }
            else if ( LA94_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt94=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 94, 0, input);

                throw nvae;
            }
            switch (alt94) {
                case 1 :
                    // InternalItup.g:8817:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:8817:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    // InternalItup.g:8818:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalItup.g:8818:118: ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    // InternalItup.g:8819:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8825:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    // InternalItup.g:8826:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 
                    // InternalItup.g:8827:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    // InternalItup.g:8827:7: rule__PerformanceIndicator__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:8832:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    {
                    // InternalItup.g:8832:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    // InternalItup.g:8833:4: {...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalItup.g:8833:118: ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    // InternalItup.g:8834:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8840:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    // InternalItup.g:8841:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 
                    // InternalItup.g:8842:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    // InternalItup.g:8842:7: rule__PerformanceIndicator__BaselineAssignment_2_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__BaselineAssignment_2_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:8847:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalItup.g:8847:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    // InternalItup.g:8848:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalItup.g:8848:118: ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    // InternalItup.g:8849:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8855:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    // InternalItup.g:8856:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 
                    // InternalItup.g:8857:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    // InternalItup.g:8857:7: rule__PerformanceIndicator__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:8862:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:8862:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    // InternalItup.g:8863:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalItup.g:8863:118: ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    // InternalItup.g:8864:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8870:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    // InternalItup.g:8871:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 
                    // InternalItup.g:8872:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    // InternalItup.g:8872:7: rule__PerformanceIndicator__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__0"
    // InternalItup.g:8885:1: rule__PerformanceIndicator__UnorderedGroup_2_1__0 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8889:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? )
            // InternalItup.g:8890:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8891:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt95=1;
            }
            else if ( LA95_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt95=1;
            }
            else if ( LA95_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalItup.g:8891:2: rule__PerformanceIndicator__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__1"
    // InternalItup.g:8897:1: rule__PerformanceIndicator__UnorderedGroup_2_1__1 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8901:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? )
            // InternalItup.g:8902:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8903:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt96=1;
            }
            else if ( LA96_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt96=1;
            }
            else if ( LA96_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalItup.g:8903:2: rule__PerformanceIndicator__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__2"
    // InternalItup.g:8909:1: rule__PerformanceIndicator__UnorderedGroup_2_1__2 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8913:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? )
            // InternalItup.g:8914:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8915:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalItup.g:8915:2: rule__PerformanceIndicator__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__3"
    // InternalItup.g:8921:1: rule__PerformanceIndicator__UnorderedGroup_2_1__3 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8925:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl )
            // InternalItup.g:8926:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__Plan__NameAssignment_1"
    // InternalItup.g:8933:1: rule__Plan__NameAssignment_1 : ( rulePlanName ) ;
    public final void rule__Plan__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8937:1: ( ( rulePlanName ) )
            // InternalItup.g:8938:2: ( rulePlanName )
            {
            // InternalItup.g:8938:2: ( rulePlanName )
            // InternalItup.g:8939:3: rulePlanName
            {
             before(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__NameAssignment_1"


    // $ANTLR start "rule__Plan__TitleAssignment_2"
    // InternalItup.g:8948:1: rule__Plan__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Plan__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8952:1: ( ( RULE_STRING ) )
            // InternalItup.g:8953:2: ( RULE_STRING )
            {
            // InternalItup.g:8953:2: ( RULE_STRING )
            // InternalItup.g:8954:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__TitleAssignment_2"


    // $ANTLR start "rule__Plan__StartYearAssignment_3_1"
    // InternalItup.g:8963:1: rule__Plan__StartYearAssignment_3_1 : ( ruleYear ) ;
    public final void rule__Plan__StartYearAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8967:1: ( ( ruleYear ) )
            // InternalItup.g:8968:2: ( ruleYear )
            {
            // InternalItup.g:8968:2: ( ruleYear )
            // InternalItup.g:8969:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__StartYearAssignment_3_1"


    // $ANTLR start "rule__Plan__EndYearAssignment_3_3"
    // InternalItup.g:8978:1: rule__Plan__EndYearAssignment_3_3 : ( ruleYear ) ;
    public final void rule__Plan__EndYearAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8982:1: ( ( ruleYear ) )
            // InternalItup.g:8983:2: ( ruleYear )
            {
            // InternalItup.g:8983:2: ( ruleYear )
            // InternalItup.g:8984:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__EndYearAssignment_3_3"


    // $ANTLR start "rule__Plan__AdoptedByAssignment_4_2"
    // InternalItup.g:8993:1: rule__Plan__AdoptedByAssignment_4_2 : ( RULE_STRING ) ;
    public final void rule__Plan__AdoptedByAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8997:1: ( ( RULE_STRING ) )
            // InternalItup.g:8998:2: ( RULE_STRING )
            {
            // InternalItup.g:8998:2: ( RULE_STRING )
            // InternalItup.g:8999:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__AdoptedByAssignment_4_2"


    // $ANTLR start "rule__Plan__ImportsAssignment_5"
    // InternalItup.g:9008:1: rule__Plan__ImportsAssignment_5 : ( ruleImport ) ;
    public final void rule__Plan__ImportsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9012:1: ( ( ruleImport ) )
            // InternalItup.g:9013:2: ( ruleImport )
            {
            // InternalItup.g:9013:2: ( ruleImport )
            // InternalItup.g:9014:3: ruleImport
            {
             before(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ImportsAssignment_5"


    // $ANTLR start "rule__Plan__VisionAssignment_6_1"
    // InternalItup.g:9023:1: rule__Plan__VisionAssignment_6_1 : ( RULE_STRING ) ;
    public final void rule__Plan__VisionAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9027:1: ( ( RULE_STRING ) )
            // InternalItup.g:9028:2: ( RULE_STRING )
            {
            // InternalItup.g:9028:2: ( RULE_STRING )
            // InternalItup.g:9029:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__VisionAssignment_6_1"


    // $ANTLR start "rule__Plan__MissionAssignment_7_1"
    // InternalItup.g:9038:1: rule__Plan__MissionAssignment_7_1 : ( RULE_STRING ) ;
    public final void rule__Plan__MissionAssignment_7_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9042:1: ( ( RULE_STRING ) )
            // InternalItup.g:9043:2: ( RULE_STRING )
            {
            // InternalItup.g:9043:2: ( RULE_STRING )
            // InternalItup.g:9044:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__MissionAssignment_7_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_1"
    // InternalItup.g:9053:1: rule__Plan__SectorOrderAssignment_8_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9057:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9058:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9058:2: ( ( ruleCode ) )
            // InternalItup.g:9059:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 
            // InternalItup.g:9060:3: ( ruleCode )
            // InternalItup.g:9061:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_2_1"
    // InternalItup.g:9072:1: rule__Plan__SectorOrderAssignment_8_2_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9076:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9077:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9077:2: ( ( ruleCode ) )
            // InternalItup.g:9078:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 
            // InternalItup.g:9079:3: ( ruleCode )
            // InternalItup.g:9080:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_2_1"


    // $ANTLR start "rule__Plan__ValuesAssignment_9_0"
    // InternalItup.g:9091:1: rule__Plan__ValuesAssignment_9_0 : ( ruleCoreValue ) ;
    public final void rule__Plan__ValuesAssignment_9_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9095:1: ( ( ruleCoreValue ) )
            // InternalItup.g:9096:2: ( ruleCoreValue )
            {
            // InternalItup.g:9096:2: ( ruleCoreValue )
            // InternalItup.g:9097:3: ruleCoreValue
            {
             before(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ValuesAssignment_9_0"


    // $ANTLR start "rule__Plan__GoalsAssignment_9_1"
    // InternalItup.g:9106:1: rule__Plan__GoalsAssignment_9_1 : ( ruleGoal ) ;
    public final void rule__Plan__GoalsAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9110:1: ( ( ruleGoal ) )
            // InternalItup.g:9111:2: ( ruleGoal )
            {
            // InternalItup.g:9111:2: ( ruleGoal )
            // InternalItup.g:9112:3: ruleGoal
            {
             before(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 
            pushFollow(FOLLOW_2);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GoalsAssignment_9_1"


    // $ANTLR start "rule__Plan__SectorsAssignment_9_2"
    // InternalItup.g:9121:1: rule__Plan__SectorsAssignment_9_2 : ( ruleSector ) ;
    public final void rule__Plan__SectorsAssignment_9_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9125:1: ( ( ruleSector ) )
            // InternalItup.g:9126:2: ( ruleSector )
            {
            // InternalItup.g:9126:2: ( ruleSector )
            // InternalItup.g:9127:3: ruleSector
            {
             before(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorsAssignment_9_2"


    // $ANTLR start "rule__Plan__RisksAssignment_9_3"
    // InternalItup.g:9136:1: rule__Plan__RisksAssignment_9_3 : ( ruleStrategicRisk ) ;
    public final void rule__Plan__RisksAssignment_9_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9140:1: ( ( ruleStrategicRisk ) )
            // InternalItup.g:9141:2: ( ruleStrategicRisk )
            {
            // InternalItup.g:9141:2: ( ruleStrategicRisk )
            // InternalItup.g:9142:3: ruleStrategicRisk
            {
             before(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 
            pushFollow(FOLLOW_2);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__RisksAssignment_9_3"


    // $ANTLR start "rule__Plan__SwotAssignment_9_4_2"
    // InternalItup.g:9151:1: rule__Plan__SwotAssignment_9_4_2 : ( ruleSwotItem ) ;
    public final void rule__Plan__SwotAssignment_9_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9155:1: ( ( ruleSwotItem ) )
            // InternalItup.g:9156:2: ( ruleSwotItem )
            {
            // InternalItup.g:9156:2: ( ruleSwotItem )
            // InternalItup.g:9157:3: ruleSwotItem
            {
             before(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SwotAssignment_9_4_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_2"
    // InternalItup.g:9166:1: rule__Plan__WsisActionLinesAssignment_9_5_2 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9170:1: ( ( ruleCode ) )
            // InternalItup.g:9171:2: ( ruleCode )
            {
            // InternalItup.g:9171:2: ( ruleCode )
            // InternalItup.g:9172:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_3_1"
    // InternalItup.g:9181:1: rule__Plan__WsisActionLinesAssignment_9_5_3_1 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9185:1: ( ( ruleCode ) )
            // InternalItup.g:9186:2: ( ruleCode )
            {
            // InternalItup.g:9186:2: ( ruleCode )
            // InternalItup.g:9187:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_3_1"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"
    // InternalItup.g:9196:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9200:1: ( ( ruleCode ) )
            // InternalItup.g:9201:2: ( ruleCode )
            {
            // InternalItup.g:9201:2: ( ruleCode )
            // InternalItup.g:9202:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"
    // InternalItup.g:9211:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9215:1: ( ( ruleCode ) )
            // InternalItup.g:9216:2: ( ruleCode )
            {
            // InternalItup.g:9216:2: ( ruleCode )
            // InternalItup.g:9217:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"


    // $ANTLR start "rule__Plan__CriteriaAssignment_9_7"
    // InternalItup.g:9226:1: rule__Plan__CriteriaAssignment_9_7 : ( ruleImplementationCriterion ) ;
    public final void rule__Plan__CriteriaAssignment_9_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9230:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:9231:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:9231:2: ( ruleImplementationCriterion )
            // InternalItup.g:9232:3: ruleImplementationCriterion
            {
             before(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__CriteriaAssignment_9_7"


    // $ANTLR start "rule__Plan__GlossaryAssignment_9_8"
    // InternalItup.g:9241:1: rule__Plan__GlossaryAssignment_9_8 : ( ruleGlossaryTerm ) ;
    public final void rule__Plan__GlossaryAssignment_9_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9245:1: ( ( ruleGlossaryTerm ) )
            // InternalItup.g:9246:2: ( ruleGlossaryTerm )
            {
            // InternalItup.g:9246:2: ( ruleGlossaryTerm )
            // InternalItup.g:9247:3: ruleGlossaryTerm
            {
             before(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 
            pushFollow(FOLLOW_2);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GlossaryAssignment_9_8"


    // $ANTLR start "rule__OperationalPlan__NameAssignment_2"
    // InternalItup.g:9256:1: rule__OperationalPlan__NameAssignment_2 : ( rulePlanName ) ;
    public final void rule__OperationalPlan__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9260:1: ( ( rulePlanName ) )
            // InternalItup.g:9261:2: ( rulePlanName )
            {
            // InternalItup.g:9261:2: ( rulePlanName )
            // InternalItup.g:9262:3: rulePlanName
            {
             before(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__NameAssignment_2"


    // $ANTLR start "rule__OperationalPlan__SectorAssignment_4"
    // InternalItup.g:9271:1: rule__OperationalPlan__SectorAssignment_4 : ( ( ruleCode ) ) ;
    public final void rule__OperationalPlan__SectorAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9275:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9276:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9276:2: ( ( ruleCode ) )
            // InternalItup.g:9277:3: ( ruleCode )
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0()); 
            // InternalItup.g:9278:3: ( ruleCode )
            // InternalItup.g:9279:4: ruleCode
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorSectorCodeParserRuleCall_4_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getSectorSectorCodeParserRuleCall_4_0_1()); 

            }

             after(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__SectorAssignment_4"


    // $ANTLR start "rule__OperationalPlan__YearAssignment_6"
    // InternalItup.g:9290:1: rule__OperationalPlan__YearAssignment_6 : ( ruleYear ) ;
    public final void rule__OperationalPlan__YearAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9294:1: ( ( ruleYear ) )
            // InternalItup.g:9295:2: ( ruleYear )
            {
            // InternalItup.g:9295:2: ( ruleYear )
            // InternalItup.g:9296:3: ruleYear
            {
             before(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__YearAssignment_6"


    // $ANTLR start "rule__OperationalPlan__StrategicPlanAssignment_8"
    // InternalItup.g:9305:1: rule__OperationalPlan__StrategicPlanAssignment_8 : ( ( rulePlanName ) ) ;
    public final void rule__OperationalPlan__StrategicPlanAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9309:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:9310:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:9310:2: ( ( rulePlanName ) )
            // InternalItup.g:9311:3: ( rulePlanName )
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0()); 
            // InternalItup.g:9312:3: ( rulePlanName )
            // InternalItup.g:9313:4: rulePlanName
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanPlanNameParserRuleCall_8_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanPlanNameParserRuleCall_8_0_1()); 

            }

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__StrategicPlanAssignment_8"


    // $ANTLR start "rule__OperationalPlan__ResponsibleUnitAssignment_9_1"
    // InternalItup.g:9324:1: rule__OperationalPlan__ResponsibleUnitAssignment_9_1 : ( RULE_STRING ) ;
    public final void rule__OperationalPlan__ResponsibleUnitAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9328:1: ( ( RULE_STRING ) )
            // InternalItup.g:9329:2: ( RULE_STRING )
            {
            // InternalItup.g:9329:2: ( RULE_STRING )
            // InternalItup.g:9330:3: RULE_STRING
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleUnitSTRINGTerminalRuleCall_9_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getResponsibleUnitSTRINGTerminalRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__ResponsibleUnitAssignment_9_1"


    // $ANTLR start "rule__OperationalPlan__ObjectivesAssignment_10"
    // InternalItup.g:9339:1: rule__OperationalPlan__ObjectivesAssignment_10 : ( ruleObjectivePlan ) ;
    public final void rule__OperationalPlan__ObjectivesAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9343:1: ( ( ruleObjectivePlan ) )
            // InternalItup.g:9344:2: ( ruleObjectivePlan )
            {
            // InternalItup.g:9344:2: ( ruleObjectivePlan )
            // InternalItup.g:9345:3: ruleObjectivePlan
            {
             before(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0()); 
            pushFollow(FOLLOW_2);
            ruleObjectivePlan();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__ObjectivesAssignment_10"


    // $ANTLR start "rule__OperationalPlan__RetiredOutputsAssignment_11"
    // InternalItup.g:9354:1: rule__OperationalPlan__RetiredOutputsAssignment_11 : ( ruleRetiredOutput ) ;
    public final void rule__OperationalPlan__RetiredOutputsAssignment_11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9358:1: ( ( ruleRetiredOutput ) )
            // InternalItup.g:9359:2: ( ruleRetiredOutput )
            {
            // InternalItup.g:9359:2: ( ruleRetiredOutput )
            // InternalItup.g:9360:3: ruleRetiredOutput
            {
             before(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0()); 
            pushFollow(FOLLOW_2);
            ruleRetiredOutput();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__RetiredOutputsAssignment_11"


    // $ANTLR start "rule__ObjectivePlan__ObjectiveAssignment_1"
    // InternalItup.g:9369:1: rule__ObjectivePlan__ObjectiveAssignment_1 : ( ( ruleCode ) ) ;
    public final void rule__ObjectivePlan__ObjectiveAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9373:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9374:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9374:2: ( ( ruleCode ) )
            // InternalItup.g:9375:3: ( ruleCode )
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0()); 
            // InternalItup.g:9376:3: ( ruleCode )
            // InternalItup.g:9377:4: ruleCode
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCodeParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCodeParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__ObjectiveAssignment_1"


    // $ANTLR start "rule__ObjectivePlan__OutputsAssignment_3"
    // InternalItup.g:9388:1: rule__ObjectivePlan__OutputsAssignment_3 : ( ruleOutputPlan ) ;
    public final void rule__ObjectivePlan__OutputsAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9392:1: ( ( ruleOutputPlan ) )
            // InternalItup.g:9393:2: ( ruleOutputPlan )
            {
            // InternalItup.g:9393:2: ( ruleOutputPlan )
            // InternalItup.g:9394:3: ruleOutputPlan
            {
             before(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutputPlan();

            state._fsp--;

             after(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__OutputsAssignment_3"


    // $ANTLR start "rule__OutputPlan__OutputAssignment_1"
    // InternalItup.g:9403:1: rule__OutputPlan__OutputAssignment_1 : ( ( ruleCode ) ) ;
    public final void rule__OutputPlan__OutputAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9407:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9408:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9408:2: ( ( ruleCode ) )
            // InternalItup.g:9409:3: ( ruleCode )
            {
             before(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0()); 
            // InternalItup.g:9410:3: ( ruleCode )
            // InternalItup.g:9411:4: ruleCode
            {
             before(grammarAccess.getOutputPlanAccess().getOutputOutputCodeParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputPlanAccess().getOutputOutputCodeParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__OutputAssignment_1"


    // $ANTLR start "rule__RetiredOutput__CodeAssignment_2"
    // InternalItup.g:9422:1: rule__RetiredOutput__CodeAssignment_2 : ( ruleCode ) ;
    public final void rule__RetiredOutput__CodeAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9426:1: ( ( ruleCode ) )
            // InternalItup.g:9427:2: ( ruleCode )
            {
            // InternalItup.g:9427:2: ( ruleCode )
            // InternalItup.g:9428:3: ruleCode
            {
             before(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__CodeAssignment_2"


    // $ANTLR start "rule__OutputWork__ResponsibleUnitAssignment_0_1"
    // InternalItup.g:9437:1: rule__OutputWork__ResponsibleUnitAssignment_0_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ResponsibleUnitAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9441:1: ( ( RULE_STRING ) )
            // InternalItup.g:9442:2: ( RULE_STRING )
            {
            // InternalItup.g:9442:2: ( RULE_STRING )
            // InternalItup.g:9443:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleUnitSTRINGTerminalRuleCall_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResponsibleUnitSTRINGTerminalRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ResponsibleUnitAssignment_0_1"


    // $ANTLR start "rule__OutputWork__ActivitiesAssignment_1_1"
    // InternalItup.g:9452:1: rule__OutputWork__ActivitiesAssignment_1_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ActivitiesAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9456:1: ( ( RULE_STRING ) )
            // InternalItup.g:9457:2: ( RULE_STRING )
            {
            // InternalItup.g:9457:2: ( RULE_STRING )
            // InternalItup.g:9458:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getActivitiesSTRINGTerminalRuleCall_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getActivitiesSTRINGTerminalRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ActivitiesAssignment_1_1"


    // $ANTLR start "rule__OutputWork__IndicatorsAssignment_2"
    // InternalItup.g:9467:1: rule__OutputWork__IndicatorsAssignment_2 : ( rulePerformanceIndicator ) ;
    public final void rule__OutputWork__IndicatorsAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9471:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:9472:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:9472:2: ( rulePerformanceIndicator )
            // InternalItup.g:9473:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__IndicatorsAssignment_2"


    // $ANTLR start "rule__OutputWork__ResourcesAssignment_3_1"
    // InternalItup.g:9482:1: rule__OutputWork__ResourcesAssignment_3_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ResourcesAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9486:1: ( ( RULE_STRING ) )
            // InternalItup.g:9487:2: ( RULE_STRING )
            {
            // InternalItup.g:9487:2: ( RULE_STRING )
            // InternalItup.g:9488:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesSTRINGTerminalRuleCall_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResourcesSTRINGTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ResourcesAssignment_3_1"


    // $ANTLR start "rule__OutputWork__TimelineAssignment_4"
    // InternalItup.g:9497:1: rule__OutputWork__TimelineAssignment_4 : ( ruleMilestone ) ;
    public final void rule__OutputWork__TimelineAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9501:1: ( ( ruleMilestone ) )
            // InternalItup.g:9502:2: ( ruleMilestone )
            {
            // InternalItup.g:9502:2: ( ruleMilestone )
            // InternalItup.g:9503:3: ruleMilestone
            {
             before(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleMilestone();

            state._fsp--;

             after(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__TimelineAssignment_4"


    // $ANTLR start "rule__Milestone__ForecastAssignment_0_1"
    // InternalItup.g:9512:1: rule__Milestone__ForecastAssignment_0_1 : ( ( 'forecast' ) ) ;
    public final void rule__Milestone__ForecastAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9516:1: ( ( ( 'forecast' ) ) )
            // InternalItup.g:9517:2: ( ( 'forecast' ) )
            {
            // InternalItup.g:9517:2: ( ( 'forecast' ) )
            // InternalItup.g:9518:3: ( 'forecast' )
            {
             before(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 
            // InternalItup.g:9519:3: ( 'forecast' )
            // InternalItup.g:9520:4: 'forecast'
            {
             before(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 

            }

             after(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__ForecastAssignment_0_1"


    // $ANTLR start "rule__Milestone__YearAssignment_1"
    // InternalItup.g:9531:1: rule__Milestone__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Milestone__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9535:1: ( ( ruleYear ) )
            // InternalItup.g:9536:2: ( ruleYear )
            {
            // InternalItup.g:9536:2: ( ruleYear )
            // InternalItup.g:9537:3: ruleYear
            {
             before(grammarAccess.getMilestoneAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getMilestoneAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__YearAssignment_1"


    // $ANTLR start "rule__Milestone__StatementAssignment_2"
    // InternalItup.g:9546:1: rule__Milestone__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Milestone__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9550:1: ( ( RULE_STRING ) )
            // InternalItup.g:9551:2: ( RULE_STRING )
            {
            // InternalItup.g:9551:2: ( RULE_STRING )
            // InternalItup.g:9552:3: RULE_STRING
            {
             before(grammarAccess.getMilestoneAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMilestoneAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__StatementAssignment_2"


    // $ANTLR start "rule__Import__PlanAssignment_1"
    // InternalItup.g:9561:1: rule__Import__PlanAssignment_1 : ( ( rulePlanName ) ) ;
    public final void rule__Import__PlanAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9565:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:9566:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:9566:2: ( ( rulePlanName ) )
            // InternalItup.g:9567:3: ( rulePlanName )
            {
             before(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 
            // InternalItup.g:9568:3: ( rulePlanName )
            // InternalItup.g:9569:4: rulePlanName
            {
             before(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__PlanAssignment_1"


    // $ANTLR start "rule__CoreValue__NameAssignment_1"
    // InternalItup.g:9580:1: rule__CoreValue__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__CoreValue__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9584:1: ( ( ruleCode ) )
            // InternalItup.g:9585:2: ( ruleCode )
            {
            // InternalItup.g:9585:2: ( ruleCode )
            // InternalItup.g:9586:3: ruleCode
            {
             before(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__NameAssignment_1"


    // $ANTLR start "rule__CoreValue__TitleAssignment_2"
    // InternalItup.g:9595:1: rule__CoreValue__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__CoreValue__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9599:1: ( ( RULE_STRING ) )
            // InternalItup.g:9600:2: ( RULE_STRING )
            {
            // InternalItup.g:9600:2: ( RULE_STRING )
            // InternalItup.g:9601:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__TitleAssignment_2"


    // $ANTLR start "rule__CoreValue__StatementAssignment_3"
    // InternalItup.g:9610:1: rule__CoreValue__StatementAssignment_3 : ( RULE_STRING ) ;
    public final void rule__CoreValue__StatementAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9614:1: ( ( RULE_STRING ) )
            // InternalItup.g:9615:2: ( RULE_STRING )
            {
            // InternalItup.g:9615:2: ( RULE_STRING )
            // InternalItup.g:9616:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__StatementAssignment_3"


    // $ANTLR start "rule__Goal__NameAssignment_1"
    // InternalItup.g:9625:1: rule__Goal__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Goal__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9629:1: ( ( ruleCode ) )
            // InternalItup.g:9630:2: ( ruleCode )
            {
            // InternalItup.g:9630:2: ( ruleCode )
            // InternalItup.g:9631:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__NameAssignment_1"


    // $ANTLR start "rule__Goal__TitleAssignment_2"
    // InternalItup.g:9640:1: rule__Goal__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Goal__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9644:1: ( ( RULE_STRING ) )
            // InternalItup.g:9645:2: ( RULE_STRING )
            {
            // InternalItup.g:9645:2: ( RULE_STRING )
            // InternalItup.g:9646:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TitleAssignment_2"


    // $ANTLR start "rule__Goal__StatementAssignment_4_1"
    // InternalItup.g:9655:1: rule__Goal__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Goal__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9659:1: ( ( RULE_STRING ) )
            // InternalItup.g:9660:2: ( RULE_STRING )
            {
            // InternalItup.g:9660:2: ( RULE_STRING )
            // InternalItup.g:9661:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__StatementAssignment_4_1"


    // $ANTLR start "rule__Goal__DescriptionAssignment_5_1"
    // InternalItup.g:9670:1: rule__Goal__DescriptionAssignment_5_1 : ( RULE_STRING ) ;
    public final void rule__Goal__DescriptionAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9674:1: ( ( RULE_STRING ) )
            // InternalItup.g:9675:2: ( RULE_STRING )
            {
            // InternalItup.g:9675:2: ( RULE_STRING )
            // InternalItup.g:9676:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__DescriptionAssignment_5_1"


    // $ANTLR start "rule__Goal__TargetsAssignment_6_0"
    // InternalItup.g:9685:1: rule__Goal__TargetsAssignment_6_0 : ( ruleTarget ) ;
    public final void rule__Goal__TargetsAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9689:1: ( ( ruleTarget ) )
            // InternalItup.g:9690:2: ( ruleTarget )
            {
            // InternalItup.g:9690:2: ( ruleTarget )
            // InternalItup.g:9691:3: ruleTarget
            {
             before(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 
            pushFollow(FOLLOW_2);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TargetsAssignment_6_0"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_1"
    // InternalItup.g:9700:1: rule__Goal__SdgLinksAssignment_6_1_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9704:1: ( ( ruleSdgLink ) )
            // InternalItup.g:9705:2: ( ruleSdgLink )
            {
            // InternalItup.g:9705:2: ( ruleSdgLink )
            // InternalItup.g:9706:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_1"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_2_1"
    // InternalItup.g:9715:1: rule__Goal__SdgLinksAssignment_6_1_2_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9719:1: ( ( ruleSdgLink ) )
            // InternalItup.g:9720:2: ( ruleSdgLink )
            {
            // InternalItup.g:9720:2: ( ruleSdgLink )
            // InternalItup.g:9721:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_1"
    // InternalItup.g:9730:1: rule__Goal__WsisActionLinesAssignment_6_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9734:1: ( ( ruleCode ) )
            // InternalItup.g:9735:2: ( ruleCode )
            {
            // InternalItup.g:9735:2: ( ruleCode )
            // InternalItup.g:9736:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_2_1"
    // InternalItup.g:9745:1: rule__Goal__WsisActionLinesAssignment_6_2_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9749:1: ( ( ruleCode ) )
            // InternalItup.g:9750:2: ( ruleCode )
            {
            // InternalItup.g:9750:2: ( ruleCode )
            // InternalItup.g:9751:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_2_1"


    // $ANTLR start "rule__Target__NameAssignment_1"
    // InternalItup.g:9760:1: rule__Target__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Target__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9764:1: ( ( ruleCode ) )
            // InternalItup.g:9765:2: ( ruleCode )
            {
            // InternalItup.g:9765:2: ( ruleCode )
            // InternalItup.g:9766:3: ruleCode
            {
             before(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__NameAssignment_1"


    // $ANTLR start "rule__Target__StatementAssignment_2"
    // InternalItup.g:9775:1: rule__Target__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Target__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9779:1: ( ( RULE_STRING ) )
            // InternalItup.g:9780:2: ( RULE_STRING )
            {
            // InternalItup.g:9780:2: ( RULE_STRING )
            // InternalItup.g:9781:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__StatementAssignment_2"


    // $ANTLR start "rule__Target__DeadlineAssignment_3_1_0_1"
    // InternalItup.g:9790:1: rule__Target__DeadlineAssignment_3_1_0_1 : ( ruleYear ) ;
    public final void rule__Target__DeadlineAssignment_3_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9794:1: ( ( ruleYear ) )
            // InternalItup.g:9795:2: ( ruleYear )
            {
            // InternalItup.g:9795:2: ( ruleYear )
            // InternalItup.g:9796:3: ruleYear
            {
             before(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__DeadlineAssignment_3_1_0_1"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_0_0"
    // InternalItup.g:9805:1: rule__Target__KindAssignment_3_1_1_0_0 : ( ruleMeasuredTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9809:1: ( ( ruleMeasuredTargetKind ) )
            // InternalItup.g:9810:2: ( ruleMeasuredTargetKind )
            {
            // InternalItup.g:9810:2: ( ruleMeasuredTargetKind )
            // InternalItup.g:9811:3: ruleMeasuredTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasuredTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_0_0"


    // $ANTLR start "rule__Target__ValueAssignment_3_1_1_0_1"
    // InternalItup.g:9820:1: rule__Target__ValueAssignment_3_1_1_0_1 : ( ruleDecimal ) ;
    public final void rule__Target__ValueAssignment_3_1_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9824:1: ( ( ruleDecimal ) )
            // InternalItup.g:9825:2: ( ruleDecimal )
            {
            // InternalItup.g:9825:2: ( ruleDecimal )
            // InternalItup.g:9826:3: ruleDecimal
            {
             before(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__ValueAssignment_3_1_1_0_1"


    // $ANTLR start "rule__Target__UnitAssignment_3_1_1_0_2"
    // InternalItup.g:9835:1: rule__Target__UnitAssignment_3_1_1_0_2 : ( RULE_STRING ) ;
    public final void rule__Target__UnitAssignment_3_1_1_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9839:1: ( ( RULE_STRING ) )
            // InternalItup.g:9840:2: ( RULE_STRING )
            {
            // InternalItup.g:9840:2: ( RULE_STRING )
            // InternalItup.g:9841:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnitAssignment_3_1_1_0_2"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_1"
    // InternalItup.g:9850:1: rule__Target__KindAssignment_3_1_1_1 : ( ruleQualitativeTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9854:1: ( ( ruleQualitativeTargetKind ) )
            // InternalItup.g:9855:2: ( ruleQualitativeTargetKind )
            {
            // InternalItup.g:9855:2: ( ruleQualitativeTargetKind )
            // InternalItup.g:9856:3: ruleQualitativeTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleQualitativeTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_1"


    // $ANTLR start "rule__Target__BaselineAssignment_3_1_2"
    // InternalItup.g:9865:1: rule__Target__BaselineAssignment_3_1_2 : ( ruleBaseline ) ;
    public final void rule__Target__BaselineAssignment_3_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9869:1: ( ( ruleBaseline ) )
            // InternalItup.g:9870:2: ( ruleBaseline )
            {
            // InternalItup.g:9870:2: ( ruleBaseline )
            // InternalItup.g:9871:3: ruleBaseline
            {
             before(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__BaselineAssignment_3_1_2"


    // $ANTLR start "rule__Target__PopulationAssignment_3_1_3_1"
    // InternalItup.g:9880:1: rule__Target__PopulationAssignment_3_1_3_1 : ( RULE_STRING ) ;
    public final void rule__Target__PopulationAssignment_3_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9884:1: ( ( RULE_STRING ) )
            // InternalItup.g:9885:2: ( RULE_STRING )
            {
            // InternalItup.g:9885:2: ( RULE_STRING )
            // InternalItup.g:9886:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__PopulationAssignment_3_1_3_1"


    // $ANTLR start "rule__Target__IndicatorsAssignment_3_2"
    // InternalItup.g:9895:1: rule__Target__IndicatorsAssignment_3_2 : ( rulePerformanceIndicator ) ;
    public final void rule__Target__IndicatorsAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9899:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:9900:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:9900:2: ( rulePerformanceIndicator )
            // InternalItup.g:9901:3: rulePerformanceIndicator
            {
             before(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__IndicatorsAssignment_3_2"


    // $ANTLR start "rule__Baseline__YearAssignment_1"
    // InternalItup.g:9910:1: rule__Baseline__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Baseline__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9914:1: ( ( ruleYear ) )
            // InternalItup.g:9915:2: ( ruleYear )
            {
            // InternalItup.g:9915:2: ( ruleYear )
            // InternalItup.g:9916:3: ruleYear
            {
             before(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__YearAssignment_1"


    // $ANTLR start "rule__Baseline__MeasuredAssignment_2_0"
    // InternalItup.g:9925:1: rule__Baseline__MeasuredAssignment_2_0 : ( ( 'measured' ) ) ;
    public final void rule__Baseline__MeasuredAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9929:1: ( ( ( 'measured' ) ) )
            // InternalItup.g:9930:2: ( ( 'measured' ) )
            {
            // InternalItup.g:9930:2: ( ( 'measured' ) )
            // InternalItup.g:9931:3: ( 'measured' )
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            // InternalItup.g:9932:3: ( 'measured' )
            // InternalItup.g:9933:4: 'measured'
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            match(input,84,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }

             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__MeasuredAssignment_2_0"


    // $ANTLR start "rule__Baseline__ValueAssignment_2_1_1"
    // InternalItup.g:9944:1: rule__Baseline__ValueAssignment_2_1_1 : ( ruleDecimal ) ;
    public final void rule__Baseline__ValueAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9948:1: ( ( ruleDecimal ) )
            // InternalItup.g:9949:2: ( ruleDecimal )
            {
            // InternalItup.g:9949:2: ( ruleDecimal )
            // InternalItup.g:9950:3: ruleDecimal
            {
             before(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__ValueAssignment_2_1_1"


    // $ANTLR start "rule__Baseline__UnitAssignment_2_1_2"
    // InternalItup.g:9959:1: rule__Baseline__UnitAssignment_2_1_2 : ( RULE_STRING ) ;
    public final void rule__Baseline__UnitAssignment_2_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9963:1: ( ( RULE_STRING ) )
            // InternalItup.g:9964:2: ( RULE_STRING )
            {
            // InternalItup.g:9964:2: ( RULE_STRING )
            // InternalItup.g:9965:3: RULE_STRING
            {
             before(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__UnitAssignment_2_1_2"


    // $ANTLR start "rule__SdgLink__TargetAssignment_0"
    // InternalItup.g:9974:1: rule__SdgLink__TargetAssignment_0 : ( ruleCode ) ;
    public final void rule__SdgLink__TargetAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9978:1: ( ( ruleCode ) )
            // InternalItup.g:9979:2: ( ruleCode )
            {
            // InternalItup.g:9979:2: ( ruleCode )
            // InternalItup.g:9980:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__TargetAssignment_0"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_1"
    // InternalItup.g:9989:1: rule__SdgLink__IndicatorsAssignment_1_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9993:1: ( ( ruleCode ) )
            // InternalItup.g:9994:2: ( ruleCode )
            {
            // InternalItup.g:9994:2: ( ruleCode )
            // InternalItup.g:9995:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_1"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_2_1"
    // InternalItup.g:10004:1: rule__SdgLink__IndicatorsAssignment_1_2_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10008:1: ( ( ruleCode ) )
            // InternalItup.g:10009:2: ( ruleCode )
            {
            // InternalItup.g:10009:2: ( ruleCode )
            // InternalItup.g:10010:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_2_1"


    // $ANTLR start "rule__Sector__KindAssignment_0"
    // InternalItup.g:10019:1: rule__Sector__KindAssignment_0 : ( ruleSectorKind ) ;
    public final void rule__Sector__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10023:1: ( ( ruleSectorKind ) )
            // InternalItup.g:10024:2: ( ruleSectorKind )
            {
            // InternalItup.g:10024:2: ( ruleSectorKind )
            // InternalItup.g:10025:3: ruleSectorKind
            {
             before(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSectorKind();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__KindAssignment_0"


    // $ANTLR start "rule__Sector__NameAssignment_1"
    // InternalItup.g:10034:1: rule__Sector__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Sector__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10038:1: ( ( ruleCode ) )
            // InternalItup.g:10039:2: ( ruleCode )
            {
            // InternalItup.g:10039:2: ( ruleCode )
            // InternalItup.g:10040:3: ruleCode
            {
             before(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__NameAssignment_1"


    // $ANTLR start "rule__Sector__TitleAssignment_2"
    // InternalItup.g:10049:1: rule__Sector__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Sector__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10053:1: ( ( RULE_STRING ) )
            // InternalItup.g:10054:2: ( RULE_STRING )
            {
            // InternalItup.g:10054:2: ( RULE_STRING )
            // InternalItup.g:10055:3: RULE_STRING
            {
             before(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__TitleAssignment_2"


    // $ANTLR start "rule__Sector__BureauAssignment_4_1"
    // InternalItup.g:10064:1: rule__Sector__BureauAssignment_4_1 : ( ruleBureau ) ;
    public final void rule__Sector__BureauAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10068:1: ( ( ruleBureau ) )
            // InternalItup.g:10069:2: ( ruleBureau )
            {
            // InternalItup.g:10069:2: ( ruleBureau )
            // InternalItup.g:10070:3: ruleBureau
            {
             before(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__BureauAssignment_4_1"


    // $ANTLR start "rule__Sector__ObjectivesAssignment_5_0"
    // InternalItup.g:10079:1: rule__Sector__ObjectivesAssignment_5_0 : ( ruleObjective ) ;
    public final void rule__Sector__ObjectivesAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10083:1: ( ( ruleObjective ) )
            // InternalItup.g:10084:2: ( ruleObjective )
            {
            // InternalItup.g:10084:2: ( ruleObjective )
            // InternalItup.g:10085:3: ruleObjective
            {
             before(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 
            pushFollow(FOLLOW_2);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__ObjectivesAssignment_5_0"


    // $ANTLR start "rule__Sector__EnablersAssignment_5_1"
    // InternalItup.g:10094:1: rule__Sector__EnablersAssignment_5_1 : ( ruleEnabler ) ;
    public final void rule__Sector__EnablersAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10098:1: ( ( ruleEnabler ) )
            // InternalItup.g:10099:2: ( ruleEnabler )
            {
            // InternalItup.g:10099:2: ( ruleEnabler )
            // InternalItup.g:10100:3: ruleEnabler
            {
             before(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__EnablersAssignment_5_1"


    // $ANTLR start "rule__Bureau__NameAssignment_0"
    // InternalItup.g:10109:1: rule__Bureau__NameAssignment_0 : ( ruleCode ) ;
    public final void rule__Bureau__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10113:1: ( ( ruleCode ) )
            // InternalItup.g:10114:2: ( ruleCode )
            {
            // InternalItup.g:10114:2: ( ruleCode )
            // InternalItup.g:10115:3: ruleCode
            {
             before(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__NameAssignment_0"


    // $ANTLR start "rule__Bureau__TitleAssignment_1"
    // InternalItup.g:10124:1: rule__Bureau__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Bureau__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10128:1: ( ( RULE_STRING ) )
            // InternalItup.g:10129:2: ( RULE_STRING )
            {
            // InternalItup.g:10129:2: ( RULE_STRING )
            // InternalItup.g:10130:3: RULE_STRING
            {
             before(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__TitleAssignment_1"


    // $ANTLR start "rule__Objective__NameAssignment_1"
    // InternalItup.g:10139:1: rule__Objective__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Objective__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10143:1: ( ( ruleCode ) )
            // InternalItup.g:10144:2: ( ruleCode )
            {
            // InternalItup.g:10144:2: ( ruleCode )
            // InternalItup.g:10145:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__NameAssignment_1"


    // $ANTLR start "rule__Objective__TitleAssignment_2"
    // InternalItup.g:10154:1: rule__Objective__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Objective__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10158:1: ( ( RULE_STRING ) )
            // InternalItup.g:10159:2: ( RULE_STRING )
            {
            // InternalItup.g:10159:2: ( RULE_STRING )
            // InternalItup.g:10160:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__TitleAssignment_2"


    // $ANTLR start "rule__Objective__StatementAssignment_4_1"
    // InternalItup.g:10169:1: rule__Objective__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Objective__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10173:1: ( ( RULE_STRING ) )
            // InternalItup.g:10174:2: ( RULE_STRING )
            {
            // InternalItup.g:10174:2: ( RULE_STRING )
            // InternalItup.g:10175:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__StatementAssignment_4_1"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_2"
    // InternalItup.g:10184:1: rule__Objective__PrimaryGoalsAssignment_5_0_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10188:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10189:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10189:2: ( ( ruleCode ) )
            // InternalItup.g:10190:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 
            // InternalItup.g:10191:3: ( ruleCode )
            // InternalItup.g:10192:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_2"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"
    // InternalItup.g:10203:1: rule__Objective__PrimaryGoalsAssignment_5_0_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10207:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10208:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10208:2: ( ( ruleCode ) )
            // InternalItup.g:10209:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 
            // InternalItup.g:10210:3: ( ruleCode )
            // InternalItup.g:10211:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_2"
    // InternalItup.g:10222:1: rule__Objective__SecondaryGoalsAssignment_5_1_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10226:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10227:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10227:2: ( ( ruleCode ) )
            // InternalItup.g:10228:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 
            // InternalItup.g:10229:3: ( ruleCode )
            // InternalItup.g:10230:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_2"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"
    // InternalItup.g:10241:1: rule__Objective__SecondaryGoalsAssignment_5_1_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10245:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10246:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10246:2: ( ( ruleCode ) )
            // InternalItup.g:10247:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 
            // InternalItup.g:10248:3: ( ruleCode )
            // InternalItup.g:10249:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_1"
    // InternalItup.g:10260:1: rule__Objective__WsisActionLinesAssignment_5_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10264:1: ( ( ruleCode ) )
            // InternalItup.g:10265:2: ( ruleCode )
            {
            // InternalItup.g:10265:2: ( ruleCode )
            // InternalItup.g:10266:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_2_1"
    // InternalItup.g:10275:1: rule__Objective__WsisActionLinesAssignment_5_2_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10279:1: ( ( ruleCode ) )
            // InternalItup.g:10280:2: ( ruleCode )
            {
            // InternalItup.g:10280:2: ( ruleCode )
            // InternalItup.g:10281:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_2_1"


    // $ANTLR start "rule__Objective__OutcomesAssignment_5_3"
    // InternalItup.g:10290:1: rule__Objective__OutcomesAssignment_5_3 : ( ruleOutcome ) ;
    public final void rule__Objective__OutcomesAssignment_5_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10294:1: ( ( ruleOutcome ) )
            // InternalItup.g:10295:2: ( ruleOutcome )
            {
            // InternalItup.g:10295:2: ( ruleOutcome )
            // InternalItup.g:10296:3: ruleOutcome
            {
             before(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutcomesAssignment_5_3"


    // $ANTLR start "rule__Objective__OutputsAssignment_5_4"
    // InternalItup.g:10305:1: rule__Objective__OutputsAssignment_5_4 : ( ruleOutput ) ;
    public final void rule__Objective__OutputsAssignment_5_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10309:1: ( ( ruleOutput ) )
            // InternalItup.g:10310:2: ( ruleOutput )
            {
            // InternalItup.g:10310:2: ( ruleOutput )
            // InternalItup.g:10311:3: ruleOutput
            {
             before(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 
            pushFollow(FOLLOW_2);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutputsAssignment_5_4"


    // $ANTLR start "rule__Outcome__NameAssignment_1"
    // InternalItup.g:10320:1: rule__Outcome__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Outcome__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10324:1: ( ( ruleCode ) )
            // InternalItup.g:10325:2: ( ruleCode )
            {
            // InternalItup.g:10325:2: ( ruleCode )
            // InternalItup.g:10326:3: ruleCode
            {
             before(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__NameAssignment_1"


    // $ANTLR start "rule__Outcome__StatementAssignment_2"
    // InternalItup.g:10335:1: rule__Outcome__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Outcome__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10339:1: ( ( RULE_STRING ) )
            // InternalItup.g:10340:2: ( RULE_STRING )
            {
            // InternalItup.g:10340:2: ( RULE_STRING )
            // InternalItup.g:10341:3: RULE_STRING
            {
             before(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__StatementAssignment_2"


    // $ANTLR start "rule__Outcome__IndicatorsAssignment_3_1"
    // InternalItup.g:10350:1: rule__Outcome__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Outcome__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10354:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:10355:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:10355:2: ( rulePerformanceIndicator )
            // InternalItup.g:10356:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__Output__NameAssignment_1"
    // InternalItup.g:10365:1: rule__Output__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Output__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10369:1: ( ( ruleCode ) )
            // InternalItup.g:10370:2: ( ruleCode )
            {
            // InternalItup.g:10370:2: ( ruleCode )
            // InternalItup.g:10371:3: ruleCode
            {
             before(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__NameAssignment_1"


    // $ANTLR start "rule__Output__StatementAssignment_2"
    // InternalItup.g:10380:1: rule__Output__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Output__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10384:1: ( ( RULE_STRING ) )
            // InternalItup.g:10385:2: ( RULE_STRING )
            {
            // InternalItup.g:10385:2: ( RULE_STRING )
            // InternalItup.g:10386:3: RULE_STRING
            {
             before(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__StatementAssignment_2"


    // $ANTLR start "rule__Output__IndicatorsAssignment_3_1"
    // InternalItup.g:10395:1: rule__Output__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Output__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10399:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:10400:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:10400:2: ( rulePerformanceIndicator )
            // InternalItup.g:10401:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__PerformanceIndicator__NameAssignment_1"
    // InternalItup.g:10410:1: rule__PerformanceIndicator__NameAssignment_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10414:1: ( ( RULE_STRING ) )
            // InternalItup.g:10415:2: ( RULE_STRING )
            {
            // InternalItup.g:10415:2: ( RULE_STRING )
            // InternalItup.g:10416:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__NameAssignment_1"


    // $ANTLR start "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"
    // InternalItup.g:10425:1: rule__PerformanceIndicator__UnitAssignment_2_1_0_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__UnitAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10429:1: ( ( RULE_STRING ) )
            // InternalItup.g:10430:2: ( RULE_STRING )
            {
            // InternalItup.g:10430:2: ( RULE_STRING )
            // InternalItup.g:10431:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"


    // $ANTLR start "rule__PerformanceIndicator__BaselineAssignment_2_1_1"
    // InternalItup.g:10440:1: rule__PerformanceIndicator__BaselineAssignment_2_1_1 : ( ruleBaseline ) ;
    public final void rule__PerformanceIndicator__BaselineAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10444:1: ( ( ruleBaseline ) )
            // InternalItup.g:10445:2: ( ruleBaseline )
            {
            // InternalItup.g:10445:2: ( ruleBaseline )
            // InternalItup.g:10446:3: ruleBaseline
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__BaselineAssignment_2_1_1"


    // $ANTLR start "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"
    // InternalItup.g:10455:1: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 : ( ruleDecimal ) ;
    public final void rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10459:1: ( ( ruleDecimal ) )
            // InternalItup.g:10460:2: ( ruleDecimal )
            {
            // InternalItup.g:10460:2: ( ruleDecimal )
            // InternalItup.g:10461:3: ruleDecimal
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"


    // $ANTLR start "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"
    // InternalItup.g:10470:1: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 : ( ruleIndicatorDirection ) ;
    public final void rule__PerformanceIndicator__DirectionAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10474:1: ( ( ruleIndicatorDirection ) )
            // InternalItup.g:10475:2: ( ruleIndicatorDirection )
            {
            // InternalItup.g:10475:2: ( ruleIndicatorDirection )
            // InternalItup.g:10476:3: ruleIndicatorDirection
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIndicatorDirection();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"


    // $ANTLR start "rule__Enabler__NameAssignment_1"
    // InternalItup.g:10485:1: rule__Enabler__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Enabler__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10489:1: ( ( ruleCode ) )
            // InternalItup.g:10490:2: ( ruleCode )
            {
            // InternalItup.g:10490:2: ( ruleCode )
            // InternalItup.g:10491:3: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__NameAssignment_1"


    // $ANTLR start "rule__Enabler__TitleAssignment_2"
    // InternalItup.g:10500:1: rule__Enabler__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Enabler__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10504:1: ( ( RULE_STRING ) )
            // InternalItup.g:10505:2: ( RULE_STRING )
            {
            // InternalItup.g:10505:2: ( RULE_STRING )
            // InternalItup.g:10506:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__TitleAssignment_2"


    // $ANTLR start "rule__Enabler__SupportsAllAssignment_4_1_0"
    // InternalItup.g:10515:1: rule__Enabler__SupportsAllAssignment_4_1_0 : ( ( 'all' ) ) ;
    public final void rule__Enabler__SupportsAllAssignment_4_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10519:1: ( ( ( 'all' ) ) )
            // InternalItup.g:10520:2: ( ( 'all' ) )
            {
            // InternalItup.g:10520:2: ( ( 'all' ) )
            // InternalItup.g:10521:3: ( 'all' )
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            // InternalItup.g:10522:3: ( 'all' )
            // InternalItup.g:10523:4: 'all'
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            match(input,85,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportsAllAssignment_4_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"
    // InternalItup.g:10534:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10538:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10539:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10539:2: ( ( ruleCode ) )
            // InternalItup.g:10540:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 
            // InternalItup.g:10541:3: ( ruleCode )
            // InternalItup.g:10542:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"
    // InternalItup.g:10553:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10557:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10558:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10558:2: ( ( ruleCode ) )
            // InternalItup.g:10559:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 
            // InternalItup.g:10560:3: ( ruleCode )
            // InternalItup.g:10561:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"


    // $ANTLR start "rule__Enabler__ActivitiesAssignment_5_0_1"
    // InternalItup.g:10572:1: rule__Enabler__ActivitiesAssignment_5_0_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ActivitiesAssignment_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10576:1: ( ( RULE_STRING ) )
            // InternalItup.g:10577:2: ( RULE_STRING )
            {
            // InternalItup.g:10577:2: ( RULE_STRING )
            // InternalItup.g:10578:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ActivitiesAssignment_5_0_1"


    // $ANTLR start "rule__Enabler__ContributionsAssignment_5_1_1"
    // InternalItup.g:10587:1: rule__Enabler__ContributionsAssignment_5_1_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ContributionsAssignment_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10591:1: ( ( RULE_STRING ) )
            // InternalItup.g:10592:2: ( RULE_STRING )
            {
            // InternalItup.g:10592:2: ( RULE_STRING )
            // InternalItup.g:10593:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ContributionsAssignment_5_1_1"


    // $ANTLR start "rule__Enabler__ResultsAssignment_5_2_1"
    // InternalItup.g:10602:1: rule__Enabler__ResultsAssignment_5_2_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ResultsAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10606:1: ( ( RULE_STRING ) )
            // InternalItup.g:10607:2: ( RULE_STRING )
            {
            // InternalItup.g:10607:2: ( RULE_STRING )
            // InternalItup.g:10608:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ResultsAssignment_5_2_1"


    // $ANTLR start "rule__StrategicRisk__NameAssignment_1"
    // InternalItup.g:10617:1: rule__StrategicRisk__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__StrategicRisk__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10621:1: ( ( ruleCode ) )
            // InternalItup.g:10622:2: ( ruleCode )
            {
            // InternalItup.g:10622:2: ( ruleCode )
            // InternalItup.g:10623:3: ruleCode
            {
             before(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__NameAssignment_1"


    // $ANTLR start "rule__StrategicRisk__TitleAssignment_2"
    // InternalItup.g:10632:1: rule__StrategicRisk__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10636:1: ( ( RULE_STRING ) )
            // InternalItup.g:10637:2: ( RULE_STRING )
            {
            // InternalItup.g:10637:2: ( RULE_STRING )
            // InternalItup.g:10638:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__TitleAssignment_2"


    // $ANTLR start "rule__StrategicRisk__AspectsAssignment_4_1"
    // InternalItup.g:10647:1: rule__StrategicRisk__AspectsAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__AspectsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10651:1: ( ( RULE_STRING ) )
            // InternalItup.g:10652:2: ( RULE_STRING )
            {
            // InternalItup.g:10652:2: ( RULE_STRING )
            // InternalItup.g:10653:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__AspectsAssignment_4_1"


    // $ANTLR start "rule__StrategicRisk__MitigationsAssignment_5"
    // InternalItup.g:10662:1: rule__StrategicRisk__MitigationsAssignment_5 : ( ruleMitigation ) ;
    public final void rule__StrategicRisk__MitigationsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10666:1: ( ( ruleMitigation ) )
            // InternalItup.g:10667:2: ( ruleMitigation )
            {
            // InternalItup.g:10667:2: ( ruleMitigation )
            // InternalItup.g:10668:3: ruleMitigation
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__MitigationsAssignment_5"


    // $ANTLR start "rule__Mitigation__TreatmentAssignment_1"
    // InternalItup.g:10677:1: rule__Mitigation__TreatmentAssignment_1 : ( ruleRiskTreatment ) ;
    public final void rule__Mitigation__TreatmentAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10681:1: ( ( ruleRiskTreatment ) )
            // InternalItup.g:10682:2: ( ruleRiskTreatment )
            {
            // InternalItup.g:10682:2: ( ruleRiskTreatment )
            // InternalItup.g:10683:3: ruleRiskTreatment
            {
             before(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRiskTreatment();

            state._fsp--;

             after(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__TreatmentAssignment_1"


    // $ANTLR start "rule__Mitigation__StatementAssignment_2"
    // InternalItup.g:10692:1: rule__Mitigation__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Mitigation__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10696:1: ( ( RULE_STRING ) )
            // InternalItup.g:10697:2: ( RULE_STRING )
            {
            // InternalItup.g:10697:2: ( RULE_STRING )
            // InternalItup.g:10698:3: RULE_STRING
            {
             before(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__StatementAssignment_2"


    // $ANTLR start "rule__SwotItem__KindAssignment_0"
    // InternalItup.g:10707:1: rule__SwotItem__KindAssignment_0 : ( ruleSwotKind ) ;
    public final void rule__SwotItem__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10711:1: ( ( ruleSwotKind ) )
            // InternalItup.g:10712:2: ( ruleSwotKind )
            {
            // InternalItup.g:10712:2: ( ruleSwotKind )
            // InternalItup.g:10713:3: ruleSwotKind
            {
             before(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotKind();

            state._fsp--;

             after(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__KindAssignment_0"


    // $ANTLR start "rule__SwotItem__StatementAssignment_1"
    // InternalItup.g:10722:1: rule__SwotItem__StatementAssignment_1 : ( RULE_STRING ) ;
    public final void rule__SwotItem__StatementAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10726:1: ( ( RULE_STRING ) )
            // InternalItup.g:10727:2: ( RULE_STRING )
            {
            // InternalItup.g:10727:2: ( RULE_STRING )
            // InternalItup.g:10728:3: RULE_STRING
            {
             before(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__StatementAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__TitleAssignment_1"
    // InternalItup.g:10737:1: rule__ImplementationCriterion__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10741:1: ( ( RULE_STRING ) )
            // InternalItup.g:10742:2: ( RULE_STRING )
            {
            // InternalItup.g:10742:2: ( RULE_STRING )
            // InternalItup.g:10743:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__TitleAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__StatementAssignment_2"
    // InternalItup.g:10752:1: rule__ImplementationCriterion__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10756:1: ( ( RULE_STRING ) )
            // InternalItup.g:10757:2: ( RULE_STRING )
            {
            // InternalItup.g:10757:2: ( RULE_STRING )
            // InternalItup.g:10758:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__StatementAssignment_2"


    // $ANTLR start "rule__ImplementationCriterion__CriteriaAssignment_3_1"
    // InternalItup.g:10767:1: rule__ImplementationCriterion__CriteriaAssignment_3_1 : ( ruleImplementationCriterion ) ;
    public final void rule__ImplementationCriterion__CriteriaAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10771:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:10772:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:10772:2: ( ruleImplementationCriterion )
            // InternalItup.g:10773:3: ruleImplementationCriterion
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__CriteriaAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TermAssignment_1"
    // InternalItup.g:10782:1: rule__GlossaryTerm__TermAssignment_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__TermAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10786:1: ( ( RULE_STRING ) )
            // InternalItup.g:10787:2: ( RULE_STRING )
            {
            // InternalItup.g:10787:2: ( RULE_STRING )
            // InternalItup.g:10788:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TermAssignment_1"


    // $ANTLR start "rule__GlossaryTerm__DefinitionAssignment_3_1"
    // InternalItup.g:10797:1: rule__GlossaryTerm__DefinitionAssignment_3_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__DefinitionAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10801:1: ( ( RULE_STRING ) )
            // InternalItup.g:10802:2: ( RULE_STRING )
            {
            // InternalItup.g:10802:2: ( RULE_STRING )
            // InternalItup.g:10803:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__DefinitionAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TranslationsAssignment_4"
    // InternalItup.g:10812:1: rule__GlossaryTerm__TranslationsAssignment_4 : ( ruleTranslation ) ;
    public final void rule__GlossaryTerm__TranslationsAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10816:1: ( ( ruleTranslation ) )
            // InternalItup.g:10817:2: ( ruleTranslation )
            {
            // InternalItup.g:10817:2: ( ruleTranslation )
            // InternalItup.g:10818:3: ruleTranslation
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TranslationsAssignment_4"


    // $ANTLR start "rule__Translation__LanguageAssignment_0"
    // InternalItup.g:10827:1: rule__Translation__LanguageAssignment_0 : ( RULE_ID ) ;
    public final void rule__Translation__LanguageAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10831:1: ( ( RULE_ID ) )
            // InternalItup.g:10832:2: ( RULE_ID )
            {
            // InternalItup.g:10832:2: ( RULE_ID )
            // InternalItup.g:10833:3: RULE_ID
            {
             before(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__LanguageAssignment_0"


    // $ANTLR start "rule__Translation__TextAssignment_1_0"
    // InternalItup.g:10842:1: rule__Translation__TextAssignment_1_0 : ( RULE_STRING ) ;
    public final void rule__Translation__TextAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10846:1: ( ( RULE_STRING ) )
            // InternalItup.g:10847:2: ( RULE_STRING )
            {
            // InternalItup.g:10847:2: ( RULE_STRING )
            // InternalItup.g:10848:3: RULE_STRING
            {
             before(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__TextAssignment_1_0"


    // $ANTLR start "rule__Translation__UnavailableAssignment_1_1"
    // InternalItup.g:10857:1: rule__Translation__UnavailableAssignment_1_1 : ( ( 'unavailable' ) ) ;
    public final void rule__Translation__UnavailableAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10861:1: ( ( ( 'unavailable' ) ) )
            // InternalItup.g:10862:2: ( ( 'unavailable' ) )
            {
            // InternalItup.g:10862:2: ( ( 'unavailable' ) )
            // InternalItup.g:10863:3: ( 'unavailable' )
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            // InternalItup.g:10864:3: ( 'unavailable' )
            // InternalItup.g:10865:4: 'unavailable'
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }

             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__UnavailableAssignment_1_1"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0188000000001002L,0x0000000000080040L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0600297500702040L,0x0000000000032000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0200000000000002L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0400290000702002L,0x0000000000032000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x00000400F0000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x00000000F0000002L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0058000000000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0010000000000002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0040000000000002L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0020040000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0020000000000002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0188000000001000L,0x0000000000080040L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000020000000040L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x38002C0000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x2000280000000002L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0xC0000008000E0800L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000040L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0400000000000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000008000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0010040000000000L,0x0000000000000204L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0010000000000002L,0x0000000000000200L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x08200C0000000000L,0x0000000000000038L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0020080000000002L,0x0000000000000038L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000006000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0xA000000000000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x00000000008C0000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0080040000000000L,0x0000000000001C00L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0080000000000002L,0x0000000000001800L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000000030L,0x0000000000200000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000040000000000L,0x000000000000C000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000002L,0x0000000000004000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000002L,0x0000000000008000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x000000000F000040L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000040000000000L,0x0000000000010000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000000002L,0x0000000000010000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000040000000020L,0x0000000000040000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000040L,0x0000000000400000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000018000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000018002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0xC0000008000E0802L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0xA000000000000002L,0x0000000000000180L});

}
